import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Media, Post } from '../src/model.js';
import type { ImportRecord } from '../src/importers/types.js';
import { FB_CHECKIN, FB_GPS, FB_LOOSE_GPS, facebookEntries, facebookExpected, readArchive, type FacebookLayoutId } from './generators/facebook.js';
import { writeFolder, writeZip } from './generators/zip.js';

const LAYOUTS: FacebookLayoutId[] = ['json-2019', 'json-2022', 'json-2024'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-fb-'));
});

const posts = (rs: ImportRecord[]): Post[] => rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));
const media = (rs: ImportRecord[]): Media[] => rs.flatMap((r) => (r.type === 'media' ? [r.media] : []));

describe.each(LAYOUTS)('a Facebook %s export', (layout) => {
  let zip: Awaited<ReturnType<typeof readArchive>>;
  let folder: Awaited<ReturnType<typeof readArchive>>;
  const expected = facebookExpected(layout);

  beforeAll(async () => {
    const entries = facebookEntries(layout);
    zip = await readArchive(await writeZip(join(dir, `${layout}.zip`), entries));
    // The unzipped folder holds one top-level folder, as when an export is unzipped into its own folder.
    const nested = entries.map((e) => ({ ...e, path: `facebook-zoeangstrom-2024/${e.path}` }));
    await writeFolder(join(dir, `${layout}-folder`), nested);
    folder = await readArchive(join(dir, `${layout}-folder`));
  });

  it('is detected with its era', () => {
    expect(zip.detection).toMatchObject({ platform: 'facebook', era: layout, root: '' });
    expect(folder.detection).toMatchObject({ platform: 'facebook', era: layout, root: 'facebook-zoeangstrom-2024/' });
  });

  it('yields the account first, with the mojibake repaired', () => {
    const first = zip.records[0]!;
    expect(first.type).toBe('account');
    if (first.type !== 'account') return;
    expect(first.account).toMatchObject({
      platform: 'facebook',
      handle: 'zoe.angstrom',
      displayName: 'Zoë Ångström',
      location: 'Bristol, United Kingdom',
      url: 'https://www.facebook.com/zoe.angstrom',
      createdAt: '2009-03-13T14:58:26.000Z',
    });
    expect(first.account.extra).toMatchObject({ hometown: 'Malmö, Sweden', work: 'Registrar at North Bristol NHS Trust', education: 'Karolinska Institutet' });
    // Contact details and birthday are never copied.
    expect(JSON.stringify(first.account)).not.toMatch(/07700900000|zoe@example\.org|1985/);
  });

  it('reads every post and comment, repairing text and normalising to NFC', () => {
    const ps = posts(zip.records);
    // The post listed twice in the file is yielded once.
    expect(ps.filter((p) => p.kind === 'post')).toHaveLength(expected.posts);
    expect(new Set(ps.map((p) => p.nativeId)).size).toBe(ps.length);
    expect(ps.filter((p) => p.kind === 'comment')).toHaveLength(expected.comments);
    const lunch = ps.find((p) => p.text.startsWith('Lovely'))!;
    expect(lunch.text).toBe('Lovely café lunch after clinic 😂');
    expect(lunch.createdAt).toBe('2019-01-01T00:00:00.000Z');
    expect(lunch.account).toBe('zoe.angstrom');
    expect(lunch.nativeId).toMatch(/^fb-[0-9a-f]{20}$/);
    expect(lunch.url).toBe('https://www.facebook.com/photo.php?fbid=10150000000000001');
    const viet = ps.find((p) => p.text.startsWith('Ti'))!;
    expect(viet.text).toBe('Tiếng Việt');
    expect(viet.text).toBe(viet.text.normalize('NFC'));
    expect(viet.url).toBe('https://www.facebook.com/me/allactivity');
    expect(ps.find((p) => p.kind === 'comment' && p.text.startsWith('Très'))!.text).toBe('Très bien, merci! 👍');
    for (const p of ps) expect(p.url).toMatch(/^https:\/\/www\.facebook\.com\//);
  });

  it('turns check-ins into geo: coordinates are exact, a bare place name is a place', () => {
    const ps = posts(zip.records);
    expect(ps.find((p) => p.text === 'Long night on call.')!.geo).toEqual({
      lat: FB_CHECKIN.lat,
      lon: FB_CHECKIN.lon,
      placeName: 'St Thomas’ Hospital',
      precision: 'exact',
      source: 'check-in',
    });
    expect(ps.find((p) => p.text === 'Teaching day.')!.geo).toMatchObject({ lat: null, lon: null, placeName: 'Bristol Royal Infirmary', precision: 'place' });
  });

  it('keeps exif_data as platform geo (0,0 is none) and reads the EXIF of every image in the archive', () => {
    const ms = media(zip.records);
    expect(ms).toHaveLength(expected.media);
    const photo = ms.find((m) => m.path?.endsWith('10150000000000001.jpg'))!;
    expect(photo.platformGeo).toEqual({ lat: FB_GPS.lat, lon: FB_GPS.lon, placeName: null, precision: 'exact', source: 'exif_data' });
    expect(photo.gpsLat).toBeCloseTo(FB_GPS.lat, 3);
    expect(photo.gpsLon).toBeCloseTo(FB_GPS.lon, 3);
    expect(photo).toMatchObject({ type: 'photo', cameraMake: 'Apple', cameraModel: 'iPhone X', takenAt: '2018-12-31T21:00:00', unreadable: false, altText: 'Lovely café lunch after clinic 😂' });
    expect(photo.postNativeId).toBe(posts(zip.records).find((p) => p.text.startsWith('Lovely'))!.nativeId);
    const corrupt = ms.find((m) => m.path?.endsWith('10150000000000004.jpg'))!;
    expect(corrupt).toMatchObject({ unreadable: true, platformGeo: null, gpsLat: null });
    const video = ms.find((m) => m.type === 'video')!;
    expect(video).toMatchObject({ unreadable: false, gpsLat: null });
    // The album repeats the post's photo: stored once, with its post. The other album photo is loose.
    expect(ms.filter((m) => m.path?.endsWith('10150000000000001.jpg'))).toHaveLength(1);
    const loose = ms.find((m) => m.path?.endsWith('10150000000000007.jpg'))!;
    expect(loose.postNativeId).toBeNull();
    expect(loose.gpsLat).toBeCloseTo(FB_LOOSE_GPS.lat, 3);
    const commentPhoto = ms.find((m) => m.path?.endsWith('10150000000000010.jpg'))!;
    expect(commentPhoto.postNativeId).toBe(posts(zip.records).find((p) => p.text === 'Look at this')!.nativeId);
  });

  it('drops upload_ip everywhere before anything is stored', () => {
    expect(JSON.stringify(zip.records)).not.toMatch(/upload_ip|2001:db8|192\.0\.2/);
  });

  it('reports the comment that kept only its title as skipped, not as a comment', () => {
    const skipped = zip.records.filter((r) => r.type === 'skipped');
    expect(skipped).toHaveLength(expected.skipped);
    expect(skipped[0]).toMatchObject({ type: 'skipped', reason: expect.stringMatching(/only the title/) });
  });

  it('reports each entry it reads, images included', () => {
    expect(zip.entriesRead.some((p) => p.endsWith('profile_information.json'))).toBe(true);
    expect(zip.entriesRead.some((p) => p.endsWith('10150000000000007.jpg'))).toBe(true);
  });

  it('gives the same records from the zip and the unzipped folder, and the same ids on every read', async () => {
    const ids = (rs: ImportRecord[]): string[] => posts(rs).map((p) => p.nativeId);
    expect(ids(folder.records)).toEqual(ids(zip.records));
    expect(media(folder.records).map((m) => [m.postNativeId, m.gpsLat, m.unreadable])).toEqual(media(zip.records).map((m) => [m.postNativeId, m.gpsLat, m.unreadable]));
    const again = await readArchive(join(dir, `${layout}.zip`));
    expect(ids(again.records)).toEqual(ids(zip.records));
  });
});

describe('Facebook derived ids', () => {
  it('are the same when the same export is zipped again', async () => {
    const a = await readArchive(await writeZip(join(dir, 'ids-2022.zip'), facebookEntries('json-2022')));
    const b = await readArchive(await writeZip(join(dir, 'ids-2022b.zip'), facebookEntries('json-2022')));
    expect(posts(a.records).map((p) => p.nativeId)).toEqual(posts(b.records).map((p) => p.nativeId));
  });
});
