import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media, Post } from '../src/model.js';
import type { ImportRecord } from '../src/importers/types.js';
import { createHindsight, type Hindsight } from '../src/service.js';
import { readArchive } from './generators/facebook.js';
import { LINKEDIN_EXPECTED, linkedinEntries, windows1252 } from './generators/linkedin.js';
import { writeFolder, writeZip } from './generators/zip.js';

const posts = (rs: ImportRecord[]): Post[] => rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));
const media = (rs: ImportRecord[]): Media[] => rs.flatMap((r) => (r.type === 'media' ? [r.media] : []));

let dir: string;
let zip: Awaited<ReturnType<typeof readArchive>>;
let folder: Awaited<ReturnType<typeof readArchive>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-li-'));
  zip = await readArchive(await writeZip(join(dir, 'Complete_LinkedInDataExport_03-01-2024.zip'), linkedinEntries()));
  await writeFolder(join(dir, 'li-folder'), linkedinEntries().map((e) => ({ ...e, path: `Complete_LinkedInDataExport_03-01-2024/${e.path}` })));
  folder = await readArchive(join(dir, 'li-folder'));
});

describe('a LinkedIn data export', () => {
  it('is detected as LinkedIn, zipped or unzipped in its own folder', () => {
    expect(zip.detection).toMatchObject({ platform: 'linkedin', era: 'csv', root: '' });
    expect(folder.detection).toMatchObject({ platform: 'linkedin', root: 'Complete_LinkedInDataExport_03-01-2024/' });
  });

  it('yields the account first from Profile.csv, with positions in extra', () => {
    const first = zip.records[0]!;
    expect(first.type).toBe('account');
    if (first.type !== 'account') return;
    expect(first.account).toMatchObject({
      platform: 'linkedin',
      handle: 'Amara Okafor',
      displayName: 'Amara Okafor',
      bio: 'Consultant in Emergency Medicine\n\nEmergency physician.\nViews my own.',
      location: 'Leeds, England, United Kingdom',
    });
    expect(first.account.extra.positions).toBe(
      'Consultant, Leeds Teaching Hospitals NHS Trust (Aug 2019 – present)\nMedical Advisor (paid), Acme Pharma Ltd (Jan 2018 – Dec 2020)',
    );
    expect(JSON.stringify(first.account)).not.toMatch(/High St|1984|LS1/);
  });

  it('reads shares with their URN ids, links, visibility and cleaned multi-line text', () => {
    const shares = posts(zip.records).filter((p) => p.kind === 'post');
    expect(shares).toHaveLength(LINKEDIN_EXPECTED.shares);
    const [first, second, third] = shares;
    expect(first).toMatchObject({
      nativeId: 'urn:li:share:6775000000000000001',
      url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6775000000000000001',
      createdAt: '2021-03-04T09:15:00.000Z',
      visibility: 'connections',
      text: 'Proud of our ward team today.\n\nWe said "never again" to corridor care.\n#NHS #nursing',
      account: 'Amara Okafor',
    });
    expect(second).toMatchObject({ nativeId: 'urn:li:ugcPost:6950000000000000002', visibility: 'public', text: 'New paper out: “Sepsis in the ED” – café talk at 5pm 😀' });
    expect(third).toMatchObject({ nativeId: 'urn:li:activity:7015000000000000003', visibility: 'connections' });
  });

  it('reads comments with backslash-escaped quotes, derived ids and the post they are on', () => {
    const comments = posts(zip.records).filter((p) => p.kind === 'comment');
    expect(comments).toHaveLength(LINKEDIN_EXPECTED.comments);
    expect(comments[0]).toMatchObject({
      text: 'Jane Roe Thanks! As my consultant says, "document everything".\nSecond line.',
      replyToId: 'urn:li:activity:6775000000000000010',
      url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6775000000000000010',
      createdAt: '2021-03-05T10:00:00.000Z',
    });
    expect(comments[0]!.nativeId).toMatch(/^li-comment-[0-9a-f]{20}$/);
    expect(comments[1]!.text).toBe('Agree with "all" of this');
    expect(comments[2]!.text).toBe('A path C:\\temp and a comma, fine');
  });

  it('reads articles as text with their created date, and skips one with no date', () => {
    const articles = posts(zip.records).filter((p) => p.kind === 'article');
    expect(articles).toHaveLength(LINKEDIN_EXPECTED.articles);
    expect(articles[0]).toMatchObject({
      createdAt: '2020-11-02T08:30:00.000Z',
      url: 'https://www.linkedin.com/pulse/what-ae-taught-me-amara-okafor',
      text: 'What A&E taught me\n\nNight shifts are “long”.\n\nCafé breaks\nhelp.',
    });
  });

  it('lists media from Shares.csv and Rich_Media.csv as links, never as files', () => {
    const ms = media(zip.records);
    expect(ms).toHaveLength(LINKEDIN_EXPECTED.media);
    expect(ms.every((m) => m.path === null && m.sourceUrl?.startsWith('https://'))).toBe(true);
    expect(ms[0]).toMatchObject({ postNativeId: 'urn:li:share:6775000000000000001' });
    expect(ms.filter((m) => m.postNativeId === null).map((m) => [m.type, m.altText])).toEqual([
      ['photo', 'Ward team photo'],
      ['video', null],
    ]);
  });

  it('reports what it could not read as skipped records', () => {
    const skipped = zip.records.filter((r): r is Extract<ImportRecord, { type: 'skipped' }> => r.type === 'skipped');
    expect(skipped.map((s) => [s.file, s.reason.slice(0, 20)])).toEqual([
      ['Shares.csv', 'unreadable date "202'],
      ['Rich_Media.csv', 'no media link'],
      ['Articles/Articles/Untitled draft.html', 'the article file giv'],
    ]);
    expect(skipped).toHaveLength(LINKEDIN_EXPECTED.skipped);
  });

  it('gives the same ids from the zip, the folder and a second read', async () => {
    const ids = (rs: ImportRecord[]): string[] => posts(rs).map((p) => p.nativeId);
    expect(ids(folder.records)).toEqual(ids(zip.records));
    const again = await readArchive(join(dir, 'Complete_LinkedInDataExport_03-01-2024.zip'));
    expect(ids(again.records)).toEqual(ids(zip.records));
  });
});

describe('LinkedIn CSV that is not clean', () => {
  it('a row whose quote never closes is reported, the rows before it are kept', async () => {
    const shares = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2021-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,Fine,,,PUBLIC\n2021-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Never closed,,,PUBLIC\n';
    const r = await readArchive(await writeZip(join(dir, 'broken.zip'), [{ path: 'Shares.csv', data: shares }]));
    expect(posts(r.records).map((p) => p.nativeId)).toEqual(['urn:li:share:1']);
    expect(r.records.filter((x) => x.type === 'skipped')).toEqual([
      { type: 'skipped', file: 'Shares.csv', id: expect.any(String), reason: expect.stringMatching(/unreadable CSV row \(Quote Not Closed/) },
    ]);
  });

  it('a Windows-1252 file is decoded after UTF-8 fails', async () => {
    const comments = windows1252('Date,Link,Message\n2021-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:9,“Great” café’s menu\n');
    const r = await readArchive(await writeZip(join(dir, 'cp1252.zip'), [{ path: 'Comments.csv', data: comments }, { path: 'Profile.csv', data: 'First Name,Last Name\nA,B\n' }, { path: 'Connections.csv', data: 'x\n' }]));
    expect(posts(r.records)[0]!.text).toBe('“Great” café’s menu');
  });
});

describe('LinkedIn through the service', () => {
  let hs: Hindsight;
  beforeAll(() => {
    hs = createHindsight({ dbPath: join(dir, 'workspace.db') });
  });
  afterAll(() => hs.close());

  it('imports with its counts and the handle, once', async () => {
    const path = join(dir, 'Complete_LinkedInDataExport_03-01-2024.zip');
    const result = await hs.importArchive(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.archive).toMatchObject({ platform: 'linkedin', era: 'csv', handle: 'Amara Okafor' });
    expect(result.value.archive.counts).toMatchObject({ posts: 7, media: 3, skipped: 3 });
  });
});

it('a cancelled LinkedIn import stops with the cancellation sentence', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(readArchive(join(dir, 'Complete_LinkedInDataExport_03-01-2024.zip'), controller.signal)).rejects.toThrow(/cancelled/);
});
