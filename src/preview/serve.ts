/**
 * The loopback browser preview, Yank Note-style: the built renderer and the service handlers
 * over HTTP on 127.0.0.1, for the end-to-end tests and for machines without Electron.
 *
 * Every request must name this server in its Host header (so a DNS-rebinding page cannot reach
 * it under another name) and, when it carries an Origin, come from this same origin (so no other
 * site open in the browser can call the API). It serves files from the web root only, and the
 * API is exactly BRIDGE_METHODS: POST /api/<method> with {"args": [...]}, progress as
 * Server-Sent Events on GET /api/events.
 *
 * A browser cannot show the app's Save dialog, so saved exports go to one folder instead
 * (`exportsDir`, $HINDSIGHT_PREVIEW_EXPORTS, or .cache/preview-exports/) and the page is told the path.
 *
 * Run directly (`npm run preview:web`): `tsx src/preview/serve.ts [--port N] [--db file] [--web dir] [--exports dir]`.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportProgressEvent } from '../api.js';
import { createHandlers, isBridgeMethod, type HandlersWithState } from '../handlers.js';
import { isAllowedExternalUrl } from '../security/allowed-hosts.js';
import { SECURITY_HEADERS } from '../security/csp.js';
import { createHindsight } from '../service.js';
import { contentTypeOf } from '../security/content-types.js';

export const DEFAULT_PREVIEW_PORT = 5199;
export const DEFAULT_PREVIEW_DB = '.cache/preview-workspace.db';
export const DEFAULT_PREVIEW_EXPORTS = '.cache/preview-exports';
const DEFAULT_DEMO = fileURLToPath(new URL('../../resources/demo/hindsight-demo-x.zip', import.meta.url));

/** Largest API request body accepted (a query or settings object is a few hundred bytes). */
const MAX_BODY = 1024 * 1024;

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  dbPath: string;
  /** Folder holding the built renderer (index.html and assets). */
  webRoot?: string;
  demoPath?: string;
  /** What the browser "picks" (it cannot open a native dialog); default: $HINDSIGHT_PREVIEW_PICK. */
  pick?: () => string[];
  /** Where "saved" exports are written; default: $HINDSIGHT_PREVIEW_EXPORTS, else .cache/preview-exports. */
  exportsDir?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  handlers: HandlersWithState;
  /** URLs the page asked to open, with the allow-list's verdict; the preview never opens any. */
  opened: { url: string; allowed: boolean }[];
  /** The folder saved exports go to. */
  exportsDir: string;
  close(): Promise<void>;
}


function pickFromEnv(): string[] {
  return (process.env.HINDSIGHT_PREVIEW_PICK ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value === undefined ? null : value), 'application/json; charset=utf-8');
}

/**
 * Write an export into `dir` under the suggested name (its last path segment only), never over an
 * earlier file: "name (2).ext" and so on, as a browser's downloads folder does.
 */
export async function saveIntoFolder(dir: string, suggestedName: string, data: string | Buffer): Promise<string> {
  const safe = basename(suggestedName.replace(/\\/g, '/')).replace(/[\0-\x1f<>:"|?*]/g, '_') || 'export';
  await mkdir(dir, { recursive: true });
  const ext = extname(safe);
  const stem = safe.slice(0, safe.length - ext.length);
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? safe : `${stem} (${n})${ext}`);
    try {
      await writeFile(path, data, { flag: 'wx' });
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const webRoot = resolve(options.webRoot ?? 'dist-web');
  const pick = options.pick ?? pickFromEnv;
  const opened: PreviewServer['opened'] = [];
  const listeners = new Set<ServerResponse>();

  const dbPath = options.dbPath;
  const exportsDir = resolve(options.exportsDir ?? process.env.HINDSIGHT_PREVIEW_EXPORTS ?? DEFAULT_PREVIEW_EXPORTS);
  const handlers = createHandlers({
    hs: createHindsight({ dbPath }),
    pickArchives: async () => pick(),
    // Never opens anything: records the request and lets the handler report the verdict.
    openExternal: async (url) => {
      opened.push({ url, allowed: isAllowedExternalUrl(url) });
    },
    demoPath: options.demoPath ?? DEFAULT_DEMO,
    emitProgress: (p: ImportProgressEvent) => {
      const frame = `event: progress\ndata: ${JSON.stringify(p)}\n\n`;
      for (const res of listeners) res.write(frame);
    },
    resetWorkspace: () => createHindsight({ dbPath }),
    saveFile: (name, data) => saveIntoFolder(exportsDir, name, data),
  });

  let port = 0;
  /** Host header values that name this server; anything else (a rebinding name) is refused. */
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  function checkRequest(req: IncomingMessage): boolean {
    const host = req.headers.host;
    if (!host || !allowedHosts().has(host)) return false;
    const origin = req.headers.origin;
    // Browsers send Origin on every POST and on cross-origin GETs; when present it must be us.
    if (origin !== undefined && origin !== `http://${host}`) return false;
    // A cross-site fetch or navigation that somehow kept our Host is refused too.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    return true;
  }

  async function api(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (name === 'events') {
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed.');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (!isBridgeMethod(name)) return send(res, 404, 'No such method.');
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed.');
    // JSON only: a cross-site HTML form cannot send this content type without a CORS preflight.
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return send(res, 415, 'Send JSON.');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'Request too large.');
    let args: unknown[];
    try {
      const parsed: unknown = body.trim() === '' ? {} : JSON.parse(body);
      const raw = parsed && typeof parsed === 'object' ? (parsed as { args?: unknown }).args : undefined;
      if (raw !== undefined && !Array.isArray(raw)) throw new Error('args is not an array');
      args = (raw as unknown[] | undefined) ?? [];
    } catch {
      return send(res, 400, 'The request body is not {"args": [...]}.');
    }
    try {
      const fn = handlers[name] as (...a: unknown[]) => Promise<unknown>;
      sendJson(res, 200, { ok: true, value: await fn(...args) });
    } catch (err) {
      // A handler throws only on a malformed call (a bug), never on bad user input.
      sendJson(res, 400, { ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  }

  /** A file under webRoot, or null; refuses anything that resolves (or links) outside it. */
  function resolveStatic(urlPath: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    if (rel.split('/').some((seg) => seg === '..')) return null;
    const full = resolve(webRoot, rel);
    if (full !== webRoot && !full.startsWith(webRoot + sep)) return null;
    if (!existsSync(full)) return null;
    const real = realpathSync(full);
    const realRoot = realpathSync(webRoot);
    if (!real.startsWith(realRoot + sep)) return null;
    return statSync(real).isFile() ? real : null;
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    // The renderer has no URL routes (one page), so anything but "/" and a built file is a 404.
    const file = resolveStatic(urlPath);
    if (!file) return send(res, 404, 'Not found.');
    const type = contentTypeOf(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    if (!checkRequest(req)) return send(res, 403, 'Forbidden.');
    // Parse against our own origin; only the path is used.
    const rawPath = (req.url ?? '/').split('?')[0]!;
    if (rawPath.startsWith('/api/')) {
      api(req, res, rawPath.slice('/api/'.length)).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(err) });
      });
      return;
    }
    serveStatic(req, res, rawPath);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    handlers,
    opened,
    exportsDir,
    async close() {
      for (const res of listeners) res.end();
      listeners.clear();
      await handlers.idle();
      await new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      handlers.current().close();
    },
  };
}

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const port = Number(argValue(argv, '--port') ?? process.env.HINDSIGHT_PREVIEW_PORT ?? DEFAULT_PREVIEW_PORT);
  const dbPath = resolve(argValue(argv, '--db') ?? DEFAULT_PREVIEW_DB);
  const webRoot = resolve(argValue(argv, '--web') ?? 'dist-web');
  const exportsDir = argValue(argv, '--exports');
  if (!existsSync(join(webRoot, 'index.html'))) {
    console.error(`There is no built renderer in ${webRoot}; run "npm run preview:web", which builds it first.`);
    process.exit(1);
  }
  let preview: PreviewServer;
  try {
    preview = await startPreview({ port, dbPath, webRoot, exportsDir });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use; pass --port <another> (0 picks a free one).` : String(err));
    process.exit(1);
  }
  console.log(`Hindsight preview: ${preview.url} (workspace ${dbPath}; exports saved to ${preview.exportsDir}; Ctrl+C stops it)`);
  const stop = (): void => {
    preview.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) void main(process.argv.slice(2));
