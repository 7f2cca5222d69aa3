import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../src/model.js';
import type { ImportRecord } from '../src/importers/types.js';
import { readArchive, waultarEntries } from './generators/facebook.js';
import { writeFolder, writeZip } from './generators/zip.js';

const posts = (rs: ImportRecord[]): Post[] => rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));

describe('the real Waultar Facebook fixtures (redacted, real structure and mojibake)', () => {
  let records: ImportRecord[];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-waultar-'));
    await writeFolder(join(dir, 'facebook-waultar'), waultarEntries());
    const read = await readArchive(join(dir, 'facebook-waultar'));
    expect(read.detection).toMatchObject({ platform: 'facebook', era: 'json-2022' });
    records = read.records;
  });

  it('reads the profile, decoding the Danish school names', () => {
    const account = records.find((r) => r.type === 'account');
    expect(account?.type === 'account' && account.account).toMatchObject({
      handle: 'cyb0rgninj4',
      displayName: 'REDACTED FULLNAME',
      location: 'Gammel Holte, Kobenhavn, Denmark',
      url: 'https://www.facebook.com/profile',
    });
    if (account?.type !== 'account') return;
    expect(account.account.extra.education).toBe('IT-Universitetet i København; H.C. Ørsted Gymnasiet Lyngby');
  });

  it('finds 5 posts and 8 comments, and reports the 4 message records mixed into the posts file as skipped', () => {
    const ps = posts(records);
    expect(ps.filter((p) => p.kind === 'post')).toHaveLength(5);
    expect(ps.filter((p) => p.kind === 'comment')).toHaveLength(8);
    const skipped = records.filter((r) => r.type === 'skipped');
    expect(skipped).toHaveLength(4);
    for (const s of skipped) expect(s).toMatchObject({ file: 'posts/your_posts_1.json', reason: expect.stringMatching(/no timestamp/) });
    // Two videos posted in the same second, with no text, still get two ids.
    expect(new Set(ps.map((p) => p.nativeId)).size).toBe(13);
    expect(ps.find((p) => p.createdAt === '2010-05-06T18:51:39.000Z')!.url).toBe('https://www.facebook.com/photo.php?fbid=1251667781858');
  });

  it('lists 7 media (5 on posts, 2 on comments) although the files themselves are not in the fixture', () => {
    const ms = records.flatMap((r) => (r.type === 'media' ? [r.media] : []));
    expect(ms).toHaveLength(7);
    expect(ms.map((m) => m.type).sort()).toEqual(['other', 'photo', 'photo', 'photo', 'video', 'video', 'video']);
    for (const m of ms) expect(m).toMatchObject({ size: null, unreadable: false, gpsLat: null });
  });

  it('keeps no upload IP in the raw records', () => {
    expect(JSON.stringify(records)).not.toMatch(/upload_ip|11\.111\.1\.11|79\.131\.50\.64/);
  });

  it('yields identical ids when read again, and from a zip', async () => {
    const again = await readArchive(join(dir, 'facebook-waultar'));
    const zipped = await readArchive(await writeZip(join(dir, 'waultar.zip'), waultarEntries()));
    const ids = (rs: ImportRecord[]): string[] => posts(rs).map((p) => p.nativeId);
    expect(ids(again.records)).toEqual(ids(records));
    expect(ids(zipped.records)).toEqual(ids(records));
  });
});
