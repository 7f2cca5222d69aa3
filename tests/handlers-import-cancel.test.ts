/**
 * cancelImport really stops a running import, and the service rolls it back: the workspace is
 * exactly as it was (DESIGN.md invariant 2). The archive is big enough (thousands of tweets in
 * several part files, a hundred photos) that the import is still running when the cancel lands.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXArchive, DEMO_SPEC, writeZipFile, type DemoTweet } from '../scripts/make-demo.js';
import type { ImportProgressEvent } from '../src/api.js';
import { createHandlers, type HandlersWithState } from '../src/handlers.js';
import { createHindsight } from '../src/service.js';

let dir: string;
let bigArchive: string;
let demoArchive: string;
let handlers: HandlersWithState;
let onProgress: (p: ImportProgressEvent) => void = () => {};

function bigTweets(n: number): DemoTweet[] {
  const start = Date.parse('2015-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(start + i * 3_600_000 * 7).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    text: `Tweet number ${i}: journal club notes, rota swaps and public-health reminders, padded to a realistic length for an archive.`,
    ...(i % 40 === 0 ? { photo: { key: `p${i}`, seed: i % 3 } } : {}),
  }));
}

/** The workspace's content, table by table, to prove nothing changed. */
function snapshot(): string {
  const db = handlers.current().workspace.db;
  const tables = ['archives', 'accounts', 'posts', 'media', 'findings', 'reviews'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-cancel-'));
  bigArchive = join(dir, 'big-x-archive.zip');
  await writeZipFile(bigArchive, buildXArchive({ ...DEMO_SPEC, handle: 'BigArchive', tweets: bigTweets(4000), partSize: 400 }));
  demoArchive = join(dir, 'demo.zip');
  await writeZipFile(demoArchive, buildXArchive(DEMO_SPEC));
  const dbPath = join(dir, 'workspace.db');
  handlers = createHandlers({
    hs: createHindsight({ dbPath }),
    pickArchives: async () => [],
    openExternal: async () => {},
    demoPath: demoArchive,
    emitProgress: (p) => onProgress(p),
    resetWorkspace: () => createHindsight({ dbPath }),
    saveFile: async () => null,
  });
  // A workspace with something in it already, so "unchanged" means more than "empty".
  const first = await handlers.importDemo();
  expect(first.ok).toBe(true);
});

afterAll(() => {
  handlers.current().close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cancelImport', () => {
  it('stops an import from its progress callback and leaves the workspace unchanged', async () => {
    const before = snapshot();
    const seen: ImportProgressEvent[] = [];
    onProgress = (p) => {
      seen.push(p);
      // Cancel once the importer is inside the tweet files, well before the end.
      if (p.entriesRead >= 3) void handlers.cancelImport();
    };
    const result = await handlers.importArchive(bigArchive);
    onProgress = () => {};
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('The import was cancelled; the workspace is unchanged.');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)!.entriesRead).toBeLessThan(seen.at(-1)!.entriesTotal);
    expect(snapshot()).toBe(before);
  });

  it('stops an import from a separate call while it runs, and resolves once it has stopped', async () => {
    const before = snapshot();
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    onProgress = () => started();
    const job = handlers.importArchive(bigArchive);
    await running;
    await handlers.cancelImport();
    onProgress = () => {};
    // cancelImport waited for the import to finish rolling back.
    const result = await job;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/cancelled/);
    expect(snapshot()).toBe(before);
  });

  it('refuses a second import while one is running, then imports the cancelled archive in full', async () => {
    const job = handlers.importArchive(bigArchive);
    const second = await handlers.importArchive(demoArchive);
    expect(second).toEqual({ ok: false, error: expect.stringMatching(/Another import is still running/) });
    const result = await job;
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.alreadyImported).toBe(false);
      expect(result.value.archive.counts.posts).toBe(4000);
    }
  });

  it('cancelling when nothing runs is harmless', async () => {
    const before = snapshot();
    await handlers.cancelImport();
    expect(snapshot()).toBe(before);
  });
});
