/**
 * The loopback browser preview (Yank Note-style): bound to 127.0.0.1, refuses any other Host or
 * Origin, serves only files under its web root with the strict CSP, and exposes exactly the
 * bridge methods over POST /api/<method>, with progress as Server-Sent Events.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATH } from '../scripts/make-demo.js';
import { BRIDGE_METHODS } from '../src/handlers.js';
import { startPreview, type PreviewServer } from '../src/preview/serve.js';
import { CONTENT_SECURITY_POLICY } from '../src/security/csp.js';

let dir: string;
let preview: PreviewServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (node:http lets a test set Host and send an unnormalised path). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: preview.port, path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${preview.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', fail);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

function api(method: string, args: unknown[] = [], headers: Record<string, string> = {}): Promise<Reply> {
  return raw(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ args }) });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-preview-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Hindsight</title><div id="app"></div>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("hi")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
  symlinkSync(join(dir, 'secret.txt'), join(web, 'link.txt'));
  preview = await startPreview({ port: 0, dbPath: join(dir, 'preview.db'), webRoot: web, demoPath: resolve(DEMO_PATH), pick: () => [resolve(DEMO_PATH)] });
});

afterAll(async () => {
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    expect(preview.port).toBeGreaterThan(0);
  });

  it('serves the renderer with the strict CSP and no-sniff headers', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<div id="app">');
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const js = await raw('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('accepts localhost:<port> as well as 127.0.0.1:<port>', async () => {
    expect((await raw('/', { headers: { Host: `localhost:${preview.port}` } })).status).toBe(200);
  });

  it.each([['evil.example'], ['evil.example:80'], ['127.0.0.1'], ['127.0.0.1:1'], ['localhost'], ['attacker.net:PORT']])('refuses Host %s with 403', async (host) => {
    const r = await raw('/', { headers: { Host: host.replace('PORT', String(preview.port)) } });
    expect(r.status).toBe(403);
    const a = await api('listArchives', [], { Host: host.replace('PORT', String(preview.port)) });
    expect(a.status).toBe(403);
  });

  it.each([['http://evil.example'], ['null'], ['http://localhost:1'], ['https://127.0.0.1:PORT'], ['http://127.0.0.1:PORT.evil.net']])(
    'refuses Origin %s with 403',
    async (origin) => {
      const r = await api('listArchives', [], { Origin: origin.replace('PORT', String(preview.port)) });
      expect(r.status).toBe(403);
      expect((await raw('/', { headers: { Origin: origin.replace('PORT', String(preview.port)) } })).status).toBe(403);
    },
  );

  it('accepts its own Origin', async () => {
    const r = await api('listArchives', [], { Origin: `http://127.0.0.1:${preview.port}` });
    expect(r.status).toBe(200);
  });

  it('refuses cross-site fetches by Sec-Fetch-Site', async () => {
    expect((await api('listArchives', [], { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('listArchives', [], { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await api('listArchives', [], { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it.each([
    ['/../secret.txt'],
    ['/assets/../../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2e%2e%2fsecret.txt'],
    ['/assets/%2e%2e/%2e%2e/secret.txt'],
    ['/..%5csecret.txt'],
    ['/%00index.html'],
    ['/link.txt'],
    ['//etc/passwd'],
    ['/%2fetc%2fpasswd'],
    ['/nonexistent.js'],
  ])('does not serve %s', async (path) => {
    const r = await raw(path);
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain('outside the web root');
    expect(r.body).not.toContain('root:');
  });

  it('answers unknown API methods with 404, and refuses non-JSON or non-POST calls', async () => {
    expect((await api('nope')).status).toBe(404);
    expect((await api('constructor')).status).toBe(404);
    expect((await api('__proto__')).status).toBe(404);
    expect((await api('onImportProgress')).status).toBe(404);
    expect((await api('pathForFile')).status).toBe(404);
    expect((await raw('/api/listArchives')).status).toBe(405);
    const form = await raw('/api/deleteWorkspace', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'args=' });
    expect(form.status).toBe(415);
    const bad = await raw('/api/listArchives', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args": 5}' });
    expect(bad.status).toBe(400);
  });

  it('every bridge method is reachable (none answers 404)', async () => {
    for (const m of BRIDGE_METHODS) {
      if (m === 'deleteWorkspace' || m === 'importArchive' || m === 'importDemo') continue;
      const r = await api(m, m === 'pickArchives' ? ['zip'] : m === 'exportReport' ? ['json'] : m === 'openExternal' ? ['https://x.com/'] : []);
      expect(r.status, m).not.toBe(404);
    }
  });

  it('imports the demo archive over the API, streaming progress as Server-Sent Events', async () => {
    // Subscribe to the event stream first, as the shim does.
    const events: string[] = [];
    const sse = await new Promise<import('node:http').IncomingMessage>((done, fail) => {
      const req = request({ host: '127.0.0.1', port: preview.port, path: '/api/events', headers: { Host: `127.0.0.1:${preview.port}` } }, done);
      req.on('error', fail);
      req.end();
    });
    expect(sse.statusCode).toBe(200);
    expect(sse.headers['content-type']).toMatch(/^text\/event-stream/);
    sse.on('data', (c: Buffer) => events.push(c.toString('utf8')));

    const picked = JSON.parse((await api('pickArchives', ['zip'])).body);
    expect(picked).toEqual({ ok: true, value: [resolve(DEMO_PATH)] });
    const r = await api('importArchive', [picked.value[0]]);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.ok).toBe(true);
    expect(body.value.value.archive.handle).toBe('DrSamExample');

    const listed = JSON.parse((await api('listArchives')).body);
    expect(listed.value).toHaveLength(1);
    const info = JSON.parse((await api('workspaceInfo')).body);
    expect(info.value.posts).toBeGreaterThanOrEqual(40);

    await new Promise((r) => setTimeout(r, 50));
    sse.destroy();
    const frames = events.join('').split('\n\n').filter((f) => f.startsWith('event: progress'));
    expect(frames.length).toBeGreaterThan(0);
    const last = JSON.parse(frames.at(-1)!.split('\ndata: ')[1]!);
    expect(last.entriesRead).toBe(last.entriesTotal);
  });

  it('openExternal never opens anything: it records the request and returns the verdict', async () => {
    const yes = JSON.parse((await api('openExternal', ['https://x.com/DrSamExample/status/1'])).body);
    const no = JSON.parse((await api('openExternal', ['https://x.com.evil.net/'])).body);
    expect(yes).toEqual({ ok: true, value: true });
    expect(no).toEqual({ ok: true, value: false });
    expect(preview.opened).toContainEqual({ url: 'https://x.com/DrSamExample/status/1', allowed: true });
    expect(preview.opened.some((o) => o.url === 'https://x.com.evil.net/')).toBe(false);
  });

  it('a malformed call is a 400 with the reason, not a crash', async () => {
    const r = await api('importArchive', [42]);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).ok).toBe(false);
    expect((await api('listArchives')).status).toBe(200);
  });
});
