import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHindsight, type Hindsight } from '../src/service.js';
import { writeBadArchives, type BadArchives } from './generators/bad-archives.js';

let dir: string;
let bad: BadArchives;
let hs: Hindsight;
let dbPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-bad-'));
  bad = await writeBadArchives(dir);
  dbPath = join(dir, 'workspace.db');
  hs = createHindsight({ dbPath });
});
afterAll(() => hs.close());

/** The workspace's content, table by table, to prove nothing changed. */
function snapshot(): string {
  const db = hs.workspace.db;
  const tables = ['archives', 'accounts', 'posts', 'media', 'findings', 'reviews'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

const cases: [keyof BadArchives, RegExp][] = [
  ['notZip', /holiday-photo\.zip is not a zip archive\./],
  ['truncated', /truncated\.zip is incomplete or damaged/],
  ['encrypted', /encrypted\.zip is password-protected/],
  ['traversal', /entry named "\.\.\/evil\.js" that points outside the archive/],
  ['absolute', /entry named "\/etc\/passwd" that points outside the archive/],
  ['bomb', /bomb\.zip looks like a decompression bomb/],
  ['empty', /empty\.zip is empty\./],
  ['unknown', /unknown\.zip is not an export Hindsight recognises/],
  ['missing', /does-not-exist\.zip does not exist or cannot be opened\./],
];

describe('bad input', () => {
  it.each(cases)('%s is refused with one clear sentence and no change', async (kind, message) => {
    const before = snapshot();
    const result = await hs.importArchive(bad[kind]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    // One sentence: no stack trace, no newline, ends with a full stop.
    expect(result.error).not.toMatch(/\n|    at |Error:/);
    expect(result.error.trim()).toMatch(/\.$/);
    expect(snapshot()).toBe(before);
  });

  it('the CLI prints the sentence on stderr and exits non-zero without a stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', bad.truncated, '--db', join(dir, 'cli.db')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/truncated\.zip is incomplete or damaged/);
    expect(r.stdout).toBe('');
  });

  it('leaves no file behind for the workspace it refused', () => {
    expect(readFileSync(dbPath).length).toBeGreaterThan(0);
  });
});
