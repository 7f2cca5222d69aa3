/** An X archive imported through the service: counts in the workspace, and re-import without duplicates. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHindsight, type Hindsight } from '../src/service.js';
import { HANDLE, YTD_MEDIA, YTD_SKIPPED, YTD_VALID_TWEETS, twitterEntries, writeTwitterArchive } from './generators/twitter.js';
import { writeZip } from './generators/zip.js';

let dir: string;
let hs: Hindsight;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-twitter-store-'));
  hs = createHindsight({ dbPath: join(dir, 'workspace.db') });
});
afterAll(() => {
  hs.close();
  rmSync(dir, { recursive: true, force: true });
});

it('imports a 2022+ X archive into the workspace in one go', async () => {
  const result = await hs.importArchive(await writeTwitterArchive(dir, 'twitter-2024-02-01', 'ytd-2022'));
  if (!result.ok) throw new Error(result.error);
  expect(result.value.label).toBe('X/Twitter archive (2022+ layout)');
  expect(result.value.archive).toMatchObject({
    platform: 'twitter',
    era: 'ytd-2022',
    handle: HANDLE,
    exportedAt: '2024-02-01T10:00:00.123Z',
    counts: { posts: YTD_VALID_TWEETS + 3, media: YTD_MEDIA, deleted: 2, skipped: YTD_SKIPPED },
  });
});

it('rolls the whole import back when a data file is malformed', async () => {
  const count = (): number => (hs.workspace.db.prepare('SELECT count(*) AS n FROM posts').get() as { n: number }).n;
  const before = count();
  const entries = twitterEntries('ytd-2022', { split: true }).map((e) => (e.path === 'data/tweets-part1.js' ? { ...e, data: 'window.YTD.tweets.part1 = [ {' } : e));
  const result = await hs.importArchive(await writeZip(join(dir, 'broken-part.zip'), entries));
  expect(result).toEqual({ ok: false, error: expect.stringMatching(/^data\/tweets-part1\.js in broken-part\.zip is not valid X data/) });
  expect(count()).toBe(before);
});
