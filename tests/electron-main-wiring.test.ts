/**
 * electron/main.ts against a stand-in for the 'electron' module (the Electron binary cannot run
 * here or in CI). Proves the wiring, not Chromium: the app:// scheme is privileged before ready,
 * the window gets WEB_PREFERENCES, every permission is denied, non-app requests are cancelled,
 * navigation/redirects/webviews/new windows are refused, the protocol handler serves only the
 * renderer folder with the CSP, and every bridge method is an IPC handler that checks its sender.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS, ipcChannel } from '../src/bridge-methods.js';
import { CONTENT_SECURITY_POLICY } from '../src/security/csp.js';
import { WEB_PREFERENCES } from '../electron/security-policy.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stand-in for Electron callbacks of many shapes
type Fn = (...args: any[]) => any;

const fake = vi.hoisted(() => {
  const appHandlers = new Map<string, Fn[]>();
  const paths = new Map<string, string>();
  const state = {
    privileged: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; url: string | null }[],
    ipc: new Map<string, Fn>(),
    protocolHandlers: new Map<string, Fn>(),
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    beforeRequest: null as Fn | null,
    sessionEvents: new Map<string, Fn>(),
    opened: [] as string[],
    sandboxed: false,
    appHandlers,
    paths,
    /** The print session (session.fromPartition) and the PDFs printed through it. */
    partitions: new Map<string, Record<string, unknown>>(),
    printed: [] as { options: Record<string, unknown>; url: string | null; pdfOptions: unknown; destroyed: boolean }[],
    saveDialog: null as null | { options: Record<string, unknown>; answer: { canceled: boolean; filePath?: string } },
  };
  const session = {
    setPermissionRequestHandler: (fn: Fn) => (state.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Fn) => (state.permissionCheck = fn),
    setDevicePermissionHandler: () => {},
    setDisplayMediaRequestHandler: () => {},
    setSpellCheckerEnabled: () => {},
    webRequest: { onBeforeRequest: (fn: Fn) => (state.beforeRequest = fn) },
    on: (event: string, fn: Fn) => state.sessionEvents.set(event, fn),
    protocol: { handle: (scheme: string, fn: Fn) => state.protocolHandlers.set(scheme, fn) },
  };
  function fakeSession() {
    const ses = {
      beforeRequest: null as Fn | null,
      permissionRequest: null as Fn | null,
      events: new Map<string, Fn>(),
      protocolHandlers: new Map<string, Fn>(),
      setPermissionRequestHandler: (fn: Fn) => (ses.permissionRequest = fn),
      setPermissionCheckHandler: () => {},
      setSpellCheckerEnabled: () => {},
      webRequest: { onBeforeRequest: (fn: Fn) => (ses.beforeRequest = fn) },
      on: (event: string, fn: Fn) => ses.events.set(event, fn),
      protocol: { handle: (scheme: string, fn: Fn) => ses.protocolHandlers.set(scheme, fn) },
    };
    return ses;
  }
  class BrowserWindow {
    record: { options: Record<string, unknown>; url: string | null; pdfOptions: unknown; destroyed: boolean; html?: string };
    webContents = {
      send: () => {},
      printToPDF: async (options: unknown) => {
        this.record.pdfOptions = options;
        return Buffer.from(`%PDF-1.4 fake print of ${this.record.html?.length ?? 0} chars`);
      },
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, pdfOptions: null, destroyed: false };
      const prefs = options.webPreferences as { session?: unknown } | undefined;
      if (prefs?.session) state.printed.push(this.record);
      else state.windows.push(this.record);
    }
    destroy() {
      this.record.destroyed = true;
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    async loadURL(url: string) {
      this.record.url = url;
      const prefs = this.record.options.webPreferences as { session?: { protocolHandlers: Map<string, Fn> } } | undefined;
      if (prefs?.session) {
        const res: Response = await prefs.session.protocolHandlers.get('app')!({ url });
        this.record.html = await res.text();
      }
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => (state.sandboxed = true),
      setPath: (name: string, p: string) => paths.set(name, p),
      getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
      getAppPath: () => process.cwd(),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      quit: () => {},
      exit: () => {},
      on: (event: string, fn: Fn) => appHandlers.set(event, [...(appHandlers.get(event) ?? []), fn]),
    },
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: (list: unknown[]) => state.privileged.push(...list) },
    session: {
      defaultSession: session,
      fromPartition: (name: string, _options?: unknown) => {
        if (!state.partitions.has(name)) state.partitions.set(name, fakeSession());
        return state.partitions.get(name)!;
      },
    },
    ipcMain: { handle: (channel: string, fn: Fn) => state.ipc.set(channel, fn) },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async (...args: unknown[]) => {
        const options = args[args.length - 1] as Record<string, unknown>;
        state.saveDialog = { options, answer: state.saveDialog?.answer ?? { canceled: true } };
        return state.saveDialog.answer;
      },
      showErrorBox: () => {},
    },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-electron-'));
  state.paths.set('appData', dir);
  await import('../electron/main.js');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
});

afterAll(async () => {
  // before-quit cancels any import and closes the workspace.
  for (const fn of state.appHandlers.get('before-quit') ?? []) fn({ preventDefault() {} });
  await new Promise((r) => setTimeout(r, 50));
  rmSync(dir, { recursive: true, force: true });
});

const appFrame = { url: 'app://hindsight/index.html', parent: null };

describe('electron main wiring', () => {
  it('registers app:// as a privileged standard, secure scheme and sandboxes every renderer', () => {
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(state.sandboxed).toBe(true);
  });

  it('keeps the workspace in appData/Hindsight/workspace.db, as the CLI does', async () => {
    expect(state.paths.get('userData')).toBe(join(dir, 'Hindsight'));
    const info = await state.ipc.get(ipcChannel('workspaceInfo'))!({ senderFrame: appFrame });
    expect(info.path).toBe(join(dir, 'Hindsight', 'workspace.db'));
  });

  it('opens one window with the secure webPreferences and the app:// page', () => {
    const [win] = state.windows;
    expect(win!.options.webPreferences).toMatchObject({ ...WEB_PREFERENCES, preload: expect.stringMatching(/preload[\\/]index\.cjs$/) });
    expect(win!.url).toBe('app://hindsight/index.html');
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const cb = vi.fn();
      state.permissionRequest!({}, permission, cb, {});
      expect(cb).toHaveBeenCalledWith(false);
      expect(state.permissionCheck!({}, permission, 'app://hindsight', {})).toBe(false);
    }
  });

  it.each([
    ['https://x.com/', true],
    ['http://localhost:5173/', true],
    ['file:///etc/passwd', true],
    ['ws://127.0.0.1:1/', true],
    ['app://evil/index.html', true],
    ['app://hindsight/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:app://hindsight/1234', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('request filter: %s cancelled=%s', (url, cancel) => {
    const cb = vi.fn();
    state.beforeRequest!({ url }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel });
  });

  it('refuses downloads', () => {
    const event = { preventDefault: vi.fn() };
    state.sessionEvents.get('will-download')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses navigation away, redirects, webviews and new windows', () => {
    const handlers = new Map<string, Fn>();
    let windowOpen: Fn | null = null;
    const contents = { on: (e: string, fn: Fn) => handlers.set(e, fn), setWindowOpenHandler: (fn: Fn) => (windowOpen = fn) };
    for (const fn of state.appHandlers.get('web-contents-created')!) fn({}, contents);
    const prevented = (event: string, ...args: unknown[]): boolean => {
      const e = { preventDefault: vi.fn(), url: args[0] };
      handlers.get(event)!(e, ...args);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://x.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://hindsight/index.html')).toBe(false);
    expect(prevented('will-frame-navigate', 'https://evil.net/')).toBe(true);
    expect(prevented('will-redirect', 'https://evil.net/')).toBe(true);
    expect(prevented('will-attach-webview', {}, {})).toBe(true);
    expect(windowOpen!({ url: 'https://x.com/' })).toEqual({ action: 'deny' });
  });

  it('serves the renderer folder on app://hindsight with the CSP, and nothing outside it', async () => {
    const handle = state.protocolHandlers.get('app')!;
    const ok: Response = await handle({ url: 'app://hindsight/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    for (const url of ['app://hindsight/..%2fpackage.json', 'app://hindsight/%2e%2e/package.json', 'app://hindsight/../package.json', 'app://other/index.html', 'app://hindsight/nope.js']) {
      const r: Response = await handle({ url });
      expect([403, 404], url).toContain(r.status);
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('registers one IPC handler per bridge method, and only those', () => {
    expect([...state.ipc.keys()].sort()).toEqual(BRIDGE_METHODS.map(ipcChannel).sort());
  });

  it('answers IPC from the app page and refuses any other sender frame', async () => {
    const list = state.ipc.get(ipcChannel('listArchives'))!;
    expect(await list({ senderFrame: appFrame })).toEqual([]);
    for (const senderFrame of [
      { url: 'https://evil.net/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      { url: 'app://hindsight/index.html', parent: {} },
      { url: 'app://evil/index.html', parent: null },
      null,
    ]) {
      expect(() => list({ senderFrame })).toThrow(/Refused IPC/);
    }
  });

  it('opens only allow-listed links in the browser', async () => {
    const open = state.ipc.get(ipcChannel('openExternal'))!;
    expect(await open({ senderFrame: appFrame }, 'https://x.com/DrSamExample/status/1')).toBe(true);
    expect(await open({ senderFrame: appFrame }, 'https://x.com.evil.net/')).toBe(false);
    expect(await open({ senderFrame: appFrame }, 'file:///etc/passwd')).toBe(false);
    expect(state.opened).toEqual(['https://x.com/DrSamExample/status/1']);
  });

  it('imports the bundled demo archive through IPC', async () => {
    const result = await state.ipc.get(ipcChannel('importDemo'))!({ senderFrame: appFrame });
    expect(result.ok).toBe(true);
    expect(result.value.archive.handle).toBe('DrSamExample');
  });
});

describe('saving exports from the desktop app', () => {
  const save = (request: unknown) => state.ipc.get(ipcChannel('saveExport'))!({ senderFrame: appFrame }, request);

  it('writes the file where the Save dialog says, suggesting a dated name in Documents', async () => {
    const target = join(dir, 'my-checklist.csv');
    state.saveDialog = { options: {}, answer: { canceled: false, filePath: target } };
    expect(await save({ kind: 'checklist', format: 'csv' })).toEqual({ saved: true, path: target });
    expect(state.saveDialog.options.defaultPath).toMatch(/documents[\\/]hindsight-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(state.saveDialog.options.filters).toEqual([{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
    expect(readFileSync(target, 'utf8')).toMatch(/^\uFEFF?[a-z_]+,/);
  });

  it('reports a cancelled dialog as not saved, and writes nothing', async () => {
    state.saveDialog = { options: {}, answer: { canceled: true } };
    expect(await save({ kind: 'summary', format: 'html' })).toEqual({ saved: false, path: null });
  });

  it('prints PDFs with printToPDF in a hidden, sandboxed, script-less window on its own offline session', async () => {
    const target = join(dir, 'summary.pdf');
    state.saveDialog = { options: {}, answer: { canceled: false, filePath: target } };
    expect(await save({ kind: 'summary', format: 'pdf' })).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'latin1')).toMatch(/^%PDF-1\.4 fake print of \d{3,} chars$/);
    const [win] = state.printed;
    expect(win!.options).toMatchObject({ show: false, webPreferences: { ...WEB_PREFERENCES, javascript: false } });
    expect(win!.url).toMatch(/^app:\/\/print\/\d+\.html$/);
    expect(win!.pdfOptions).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, footerTemplate: expect.stringContaining('pageNumber') });
    expect(win!.destroyed).toBe(true);
    // The print session: in memory, every other request cancelled, permissions denied, nothing served after printing.
    const ses = state.partitions.get('hindsight-print') as { beforeRequest: Fn; permissionRequest: Fn; protocolHandlers: Map<string, Fn>; events: Map<string, Fn> };
    expect(ses).toBeDefined();
    for (const [url, cancel] of [
      [win!.url, false],
      ['https://x.com/', true],
      ['app://hindsight/index.html', true],
      ['file:///etc/passwd', true],
      ['data:text/html,hi', true],
    ] as const) {
      const cb = vi.fn();
      ses.beforeRequest({ url }, cb);
      expect(cb, url!).toHaveBeenCalledWith({ cancel });
    }
    const denied = vi.fn();
    ses.permissionRequest({}, 'media', denied);
    expect(denied).toHaveBeenCalledWith(false);
    const after: Response = await ses.protocolHandlers.get('app')!({ url: win!.url });
    expect(after.status).toBe(404);
    expect(existsSync(target)).toBe(true);
  });
});
