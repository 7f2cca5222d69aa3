/**
 * The handler object: one async function per bridge method (BRIDGE_METHODS), the demo archive,
 * file picking, workspace info, deleting the workspace, and arguments checked at the edge.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATH, makeDemo } from '../scripts/make-demo.js';
import type { ImportProgressEvent } from '../src/api.js';
import { BRIDGE_METHODS, createHandlers, isBridgeMethod, type HandlersWithState } from '../src/handlers.js';
import { createHindsight } from '../src/service.js';

let dir: string;
let dbPath: string;
let handlers: HandlersWithState;
const progress: ImportProgressEvent[] = [];
const picks: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-handlers-'));
  dbPath = join(dir, 'workspace.db');
  handlers = createHandlers({
    hs: createHindsight({ dbPath }),
    pickArchives: async (kind) => {
      picks.push(kind);
      return kind === 'zip' ? ['/tmp/a.zip', '/tmp/b.zip'] : [];
    },
    openExternal: async () => {},
    demoPath: resolve(DEMO_PATH),
    emitProgress: (p) => progress.push(p),
    resetWorkspace: () => createHindsight({ dbPath }),
    saveFile: async () => null,
  });
});

afterAll(() => {
  handlers.current().close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createHandlers', () => {
  it('has one async function per bridge method, and nothing for the transport-side ones', () => {
    for (const m of BRIDGE_METHODS) expect(typeof handlers[m]).toBe('function');
    expect(isBridgeMethod('onImportProgress')).toBe(false);
    expect(isBridgeMethod('pathForFile')).toBe(false);
    expect(isBridgeMethod('constructor')).toBe(false);
    expect(isBridgeMethod('__proto__')).toBe(false);
    expect(new Set(BRIDGE_METHODS).size).toBe(BRIDGE_METHODS.length);
  });

  it('the committed demo archive is small and exactly what scripts/make-demo.ts makes', async () => {
    expect(statSync(DEMO_PATH).size).toBeLessThan(200 * 1024);
    const fresh = await makeDemo(join(dir, 'fresh-demo.zip'));
    expect(readFileSync(fresh).equals(readFileSync(DEMO_PATH))).toBe(true);
  });

  it('imports the bundled demo archive, reporting progress', async () => {
    const result = await handlers.importDemo();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.archive.platform).toBe('twitter');
    expect(result.value.archive.handle).toBe('DrSamExample');
    expect(result.value.archive.counts.posts).toBeGreaterThanOrEqual(40);
    expect(result.value.archive.counts.media).toBe(1);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.entriesRead).toBe(progress.at(-1)!.entriesTotal);
    const info = await handlers.workspaceInfo();
    expect(info).toEqual({ path: dbPath, posts: result.value.archive.counts.posts, archives: 1 });
  });

  it('the demo carries a photo with EXIF GPS and a tweet with coordinates', () => {
    const db = handlers.current().workspace.db;
    const media = db.prepare('SELECT path, gps_lat, gps_lon FROM media').all() as { path: string; gps_lat: number; gps_lon: number }[];
    expect(media).toHaveLength(1);
    expect(media[0]!.path).toMatch(/^data\/tweets_media\/\d+-demo\.jpg$/);
    expect(media[0]!.gps_lat).toBeCloseTo(53.8075, 3);
    expect(media[0]!.gps_lon).toBeCloseTo(-1.5526, 3);
    const posts = handlers.current().workspace.db.prepare('SELECT * FROM posts').all() as Record<string, unknown>[];
    expect(posts.some((p) => JSON.stringify(p).includes('53.79412'))).toBe(true);
  });

  it('runs the analysis: the demo shows each pass at work on the posts planted for it', async () => {
    const summary = await handlers.analyse();
    expect(summary.posts).toBeGreaterThanOrEqual(40);
    const findings = await handlers.queryFindings({});
    const rules = findings.map((f) => `${f.pass}/${f.rule}`);
    expect(findings.find((f) => f.pass === 'patient')?.text).toMatch(/84-year-old retired farmer at 3am/);
    expect(findings.find((f) => f.pass === 'interest')?.text).toMatch(/Pfizer UK for a lovely dinner/);
    expect(rules).toEqual(expect.arrayContaining(['geotag/photo-gps', 'geotag/post-coordinates']));
    // Dr Sam Example is named: no anonymity finding; and the ordinary posts stay quiet.
    expect(findings.some((f) => f.pass === 'anonymity')).toBe(false);
    expect(findings.length).toBeLessThanOrEqual(6);
  });

  it('lists what the workspace holds', async () => {
    expect(await handlers.listArchives()).toHaveLength(1);
    expect((await handlers.listAccounts()).map((a) => a.handle)).toEqual(['DrSamExample']);
    expect(Array.isArray(await handlers.queryFindings({}))).toBe(true);
    expect(typeof (await handlers.countFindings({}))).toBe('number');
    expect(typeof (await handlers.exportReport('json'))).toBe('string');
    expect(typeof (await handlers.exportReport('md', { showPatientDetails: false }))).toBe('string');
    expect(await handlers.exportXDeletions()).toMatchObject({ count: 0, idsTxt: expect.any(String) });
  });

  it('passes the picker through and checks its argument', async () => {
    expect(await handlers.pickArchives('zip')).toEqual(['/tmp/a.zip', '/tmp/b.zip']);
    expect(await handlers.pickArchives('folder')).toEqual([]);
    await expect(handlers.pickArchives('exe' as 'zip')).rejects.toThrow(/kind/);
    expect(picks).toEqual(['zip', 'folder']);
  });

  it('refuses malformed calls from the renderer', async () => {
    await expect(handlers.importArchive(42 as unknown as string)).rejects.toThrow(TypeError);
    await expect(handlers.queryFindings('x' as unknown as object)).rejects.toThrow(TypeError);
    await expect(handlers.exportReport('exe' as 'json')).rejects.toThrow(TypeError);
    await expect(handlers.exportReport('json', { report: 'everything' as 'summary' })).rejects.toThrow(TypeError);
    await expect(handlers.exportReport('json', 'x' as never)).rejects.toThrow(TypeError);
    await expect(handlers.setReview({} as never)).rejects.toThrow(TypeError);
  });

  it('a bad archive is a value with one sentence, not a throw', async () => {
    const result = await handlers.importArchive(join(dir, 'missing.zip'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/missing\.zip does not exist/);
  });

  it('deleteWorkspace removes the database and its WAL files and reopens an empty one', async () => {
    expect(existsSync(dbPath)).toBe(true);
    const before = handlers.current();
    await handlers.deleteWorkspace();
    expect(handlers.current()).not.toBe(before);
    expect(await handlers.workspaceInfo()).toEqual({ path: dbPath, posts: 0, archives: 0 });
    expect(await handlers.listArchives()).toEqual([]);
    // The same archive imports again: its hash went with the old workspace.
    const again = await handlers.importDemo();
    expect(again.ok && again.value.alreadyImported).toBe(false);
  });
});
