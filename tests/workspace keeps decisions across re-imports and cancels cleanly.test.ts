import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLargeX } from '../bench/generate-x.js';
import { createHindsight, type Hindsight } from '../src/service.js';
import { HANDLE, IDS, twitterEntries, writeTwitterArchive, YTD_VALID_TWEETS, ytdTweets } from './generators/twitter.js';
import { writeZip } from './generators/zip.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-ws-'));
});

function snapshot(hs: Hindsight): string {
  const db = hs.workspace.db;
  const tables = ['accounts', 'posts', 'media', 'findings', 'reviews'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const NEW_ID = '1750000000000000001';

/** The same account exported later: one new tweet, and one earlier tweet now listed as deleted. */
async function writeNewerArchive(path: string): Promise<string> {
  const entries = twitterEntries('ytd-2022').map((e) => {
    if (e.path === 'data/tweets.js') {
      const tweets = ytdTweets().filter((t) => t.id_str !== IDS.entities);
      tweets.push({
        ...ytdTweets()[0],
        id_str: NEW_ID,
        id: NEW_ID,
        created_at: 'Mon Feb 12 08:00:00 +0000 2024',
        full_text: 'Journal club this week: the new hypertension guideline.',
      });
      return { ...e, data: `window.YTD.tweets.part0 = ${JSON.stringify(tweets.map((t) => ({ tweet: t })))}` };
    }
    if (e.path === 'data/deleted-tweets.js') {
      const gone = { ...ytdTweets()[0], deleted_at: 'Thu Feb 01 09:00:00 +0000 2024' };
      return { ...e, data: `window.YTD.deleted_tweets.part0 = ${JSON.stringify([{ tweet: gone }])}` };
    }
    return e;
  });
  return writeZip(path, entries);
}

describe('re-importing', () => {
  it('the same archive twice leaves the workspace exactly as after the first import', async () => {
    const hs = createHindsight({ dbPath: join(dir, 'twice.db') });
    const zip = await writeTwitterArchive(dir, 'twice', 'ytd-2022');
    const first = await hs.importArchive(zip);
    expect(first.ok && first.value.alreadyImported).toBe(false);
    const after = snapshot(hs);
    const second = await hs.importArchive(zip);
    expect(second.ok && second.value.alreadyImported).toBe(true);
    expect(snapshot(hs)).toBe(after);
    expect(hs.listArchives()).toHaveLength(1);
    hs.close();
  });

  it('a newer archive adds its new posts, marks listed ones deleted, and keeps every decision', async () => {
    const hs = createHindsight({ dbPath: join(dir, 'newer.db') });
    const older = await writeTwitterArchive(dir, 'older', 'ytd-2022');
    expect((await hs.importArchive(older)).ok).toBe(true);
    const postsBefore = hs.countPosts();
    const key = `post:twitter:${IDS.reply}`;
    hs.setReview({ subjectKey: key, pass: 'patient', rule: 'individual-patient', status: 'keep', note: 'Parent asked publicly; generic answer.' });

    const newer = await writeNewerArchive(join(dir, 'newer.zip'));
    const result = await hs.importArchive(newer);
    expect(result.ok).toBe(true);
    expect(hs.countPosts()).toBe(postsBefore + 1);
    const review = hs.workspace.getReview(key, 'patient', 'individual-patient');
    expect(review?.status).toBe('keep');
    expect(review?.note).toBe('Parent asked publicly; generic answer.');
    const row = hs.workspace.db.prepare('SELECT deleted FROM posts WHERE native_id = ?').get(IDS.entities) as { deleted: number };
    expect(row.deleted).toBe(1);
    const fresh = hs.workspace.db.prepare('SELECT account, text FROM posts WHERE native_id = ?').get(NEW_ID) as { account: string; text: string };
    expect(fresh).toEqual({ account: HANDLE, text: 'Journal club this week: the new hypertension guideline.' });
    hs.close();
  });

  it('a folder import of the same export does not duplicate posts', async () => {
    const hs = createHindsight({ dbPath: join(dir, 'folder.db') });
    await hs.importArchive(await writeTwitterArchive(dir, 'as-zip', 'ytd-2022'));
    const n = hs.countPosts();
    const r = await hs.importArchive(await writeTwitterArchive(dir, 'as-folder', 'ytd-2022', { as: 'folder' }));
    expect(r.ok).toBe(true);
    expect(hs.countPosts()).toBe(n);
    expect(n).toBeGreaterThanOrEqual(YTD_VALID_TWEETS);
    hs.close();
  });
});

describe('cancelling', () => {
  it('mid-import leaves the workspace file byte-identical', async () => {
    const dbPath = join(dir, 'cancel.db');
    const small = await writeTwitterArchive(dir, 'small', 'ytd-2022');
    const big = join(dir, 'big.zip');
    await generateLargeX(big, 3_000, 60);

    let hs = createHindsight({ dbPath });
    expect((await hs.importArchive(small)).ok).toBe(true);
    hs.close();
    const before = fileHash(dbPath);

    hs = createHindsight({ dbPath });
    const controller = new AbortController();
    let postsSeen = 0;
    const result = await hs.importArchive(
      big,
      (p) => {
        postsSeen = p.postsFound;
        // Cancel once posts are being written and photos are being read.
        if (p.postsFound > 0 && p.entriesRead > 10) controller.abort();
      },
      controller.signal,
    );
    expect(controller.signal.aborted).toBe(true);
    expect(postsSeen).toBeGreaterThan(0);
    expect(result).toEqual({ ok: false, error: 'The import was cancelled; the workspace is unchanged.' });
    hs.close();
    expect(fileHash(dbPath)).toBe(before);
  });
});
