/**
 * The browser's window.hindsight (src/preview/bridge-shim.ts) against the real preview server:
 * the same HindsightBridge as Electron's preload, over same-origin fetch and Server-Sent Events.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PATH } from '../scripts/make-demo.js';
import type { ImportProgressEvent } from '../src/api.js';
import { createBridgeShim } from '../src/preview/bridge-shim.js';
import { startPreview, type PreviewServer } from '../src/preview/serve.js';

let dir: string;
let preview: PreviewServer;

/** Just enough of the browser's EventSource for the shim (Node 20 has none). */
class TestEventSource {
  private res: IncomingMessage | null = null;
  private readonly handlers = new Map<string, ((e: { data: string }) => void)[]>();
  private buffer = '';
  constructor(url: string) {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: { Host: u.host, Accept: 'text/event-stream' } }, (res) => {
      this.res = res;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => this.feed(chunk));
    });
    req.on('error', () => {});
    req.end();
  }
  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const type = /^event: (.*)$/m.exec(frame)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (data !== undefined) for (const h of this.handlers.get(type) ?? []) h({ data });
    }
  }
  addEventListener(type: string, h: (e: { data: string }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), h]);
  }
  close(): void {
    this.res?.destroy();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-shim-'));
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html>');
  preview = await startPreview({ port: 0, dbPath: join(dir, 'preview.db'), webRoot: join(dir, 'web'), demoPath: resolve(DEMO_PATH), exportsDir: join(dir, 'exports') });
  vi.stubGlobal('EventSource', TestEventSource);
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bridge shim', () => {
  it('imports only types, so the renderer bundle pulls in no Node code', () => {
    const source = readFileSync('src/preview/bridge-shim.ts', 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
    expect(source).not.toMatch(/\brequire\(|from 'node:/);
  });

  it('implements the bridge over HTTP: import the demo with progress, query, settings, links', async () => {
    const bridge = createBridgeShim(preview.url.replace(/\/$/, ''));
    const progress: ImportProgressEvent[] = [];
    const off = bridge.onImportProgress((p) => progress.push(p));
    await new Promise((r) => setTimeout(r, 50)); // let the event stream connect

    const result = await bridge.importDemo();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.archive.handle).toBe('DrSamExample');
    await new Promise((r) => setTimeout(r, 50));
    off();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.entriesRead).toBe(progress.at(-1)!.entriesTotal);

    expect(await bridge.listArchives()).toHaveLength(1);
    expect((await bridge.workspaceInfo()).archives).toBe(1);
    expect(typeof (await bridge.countFindings({}))).toBe('number');
    expect(await bridge.exportReport('csv')).toEqual(expect.any(String));
    expect(await bridge.exportReport('html', { report: 'summary' })).toMatch(/<html/i);
    expect((await bridge.exportXDeletions()).count).toBe(0);
    expect((await bridge.timeline()).length).toBeGreaterThan(0);
    const [first] = await bridge.queryFindings({ limit: 1 });
    expect((await bridge.remediationFor(first!.id))?.steps.length).toBeGreaterThan(0);
    // The preview "saves" into its exports folder and says where.
    const saved = await bridge.saveExport({ kind: 'summary', format: 'pdf' });
    expect(saved).toEqual({ saved: true, path: expect.stringMatching(/[\\/]exports[\\/]hindsight-appraisal-summary-[\d-]+\.pdf$/) });
    expect(readFileSync(saved.path!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(preview.exportsDir).toBe(join(dir, 'exports'));
    const settings = await bridge.getSettings();
    expect(await bridge.setSettings(settings)).toEqual(settings);
    expect(await bridge.pickArchives('zip')).toEqual([]);
    expect(await bridge.openExternal('https://x.com/DrSamExample')).toBe(true);
    expect(await bridge.openExternal('javascript:alert(1)')).toBe(false);
    expect(bridge.pathForFile({} as File)).toBeNull();

    await bridge.deleteWorkspace();
    expect(await bridge.listArchives()).toEqual([]);
  });

  it('a malformed call rejects with the server reason', async () => {
    const bridge = createBridgeShim(preview.url.replace(/\/$/, ''));
    await expect(bridge.exportReport('exe' as 'json')).rejects.toThrow(/format must be one of/);
    await expect(bridge.saveExport({ kind: 'summary', format: 'csv' })).rejects.toThrow(/format for summary must be one of pdf, html/);
  });
});
