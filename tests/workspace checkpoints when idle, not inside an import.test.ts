/**
 * A large import commits to the WAL and returns; copying those pages into the database file happens
 * once the workspace has been idle for a moment (and at close), not inside the import's commit.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHindsight } from '../src/service.js';
import { writeTwitterArchive } from './generators/twitter.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-checkpoint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const walSize = (db: string): number => {
  try {
    return statSync(`${db}-wal`).size;
  } catch {
    return 0;
  }
};

it('leaves the import in the WAL, then checkpoints it when idle', async () => {
  const db = join(dir, 'workspace.db');
  const hs = createHindsight({ dbPath: db, analyseAfterImport: false });
  try {
    expect(hs.workspace.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const result = await hs.importArchive(await writeTwitterArchive(dir, 'x', 'ytd-2022'));
    if (!result.ok) throw new Error(result.error);
    expect(walSize(db)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(walSize(db)).toBe(0);
    // The data was readable all along and still is.
    expect(hs.countPosts()).toBe(result.value.archive.counts.posts);
  } finally {
    hs.close();
  }
});
