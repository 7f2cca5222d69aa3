/**
 * An X import keeps each tweets file once (as the archive stores it) and every post points into it,
 * instead of a second JSON copy per tweet; the service still returns each post's record exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHindsight } from '../src/service.js';
import { IDS, writeTwitterArchive, ytdTweets } from './generators/twitter.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-source-records-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sourceTweet = (id: string): Record<string, unknown> => {
  const t = ytdTweets().map((i) => (i.tweet ?? i) as Record<string, unknown>).find((t) => t.id_str === id);
  if (!t) throw new Error(`generator has no tweet ${id}`);
  return t;
};

describe.each(['zip', 'folder'] as const)('from a %s', (as) => {
  it('stores a pointer per post and returns the original record', async () => {
    const hs = createHindsight({ dbPath: join(dir, `${as}.db`), analyseAfterImport: false });
    try {
      const result = await hs.importArchive(await writeTwitterArchive(dir, `x-${as}`, 'ytd-2022', { as }));
      if (!result.ok) throw new Error(result.error);
      const db = hs.workspace.db;
      const entries = db.prepare('SELECT path, encoding FROM source_entries').all() as { path: string; encoding: string }[];
      expect(entries).toContainEqual({ path: 'data/tweets.js', encoding: as === 'zip' ? 'deflate-raw' : 'identity' });
      const row = db.prepare("SELECT raw, raw_entry, raw_index FROM posts WHERE native_id = ?").get(IDS.entities) as { raw: string; raw_entry: number | null; raw_index: number | null };
      expect(row.raw).toBe('null');
      expect(row.raw_entry).not.toBeNull();

      for (const id of [IDS.entities, IDS.geo, IDS.long1]) expect(hs.sourceRecord('twitter', id)).toEqual(sourceTweet(id));
      expect((hs.sourceRecord('twitter', IDS.deleted1) as { deleted_at: string }).deleted_at).toBe('Mon Nov 07 14:30:47 +0000 2022');
      // A long post with no tweet of its own comes from note-tweet.js and keeps its record as JSON.
      expect(hs.sourceRecord('twitter', `note-${IDS.lonelyNote}`)).toMatchObject({ noteTweetId: IDS.lonelyNote });
      expect(hs.sourceRecord('twitter', '1')).toBeNull();
    } finally {
      hs.close();
    }
  });
});
