/**
 * Applies electron/security-policy.ts to the app: the app:// protocol, the session's request
 * filter and permission handlers, navigation and window refusal, and the IPC sender check.
 * The policy (what is allowed) lives in security-policy.ts; this file is only the wiring.
 */
import { app, ipcMain, protocol, session as sessions, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../src/security/csp.js';
import { contentTypeOf } from '../src/security/content-types.js';
import { APP_HOST, APP_SCHEME, isAllowedRequest, isAppUrl } from './security-policy.js';


/**
 * app:// must be registered before the app is ready. Standard (so relative URLs and 'self'
 * work like http), secure (a secure context, so the page gets the same APIs as https), and
 * CORS-enabled because Vite emits `<script type="module" crossorigin>`, a CORS-mode request.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true } },
  ]);
}

/** Serve the built renderer from `rendererDir` on app://hindsight/, with the strict CSP on every response. */
export function serveRenderer(ses: Session, rendererDir: string): void {
  const root = resolve(rendererDir);
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found.', { status: 404, headers: SECURITY_HEADERS });
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return new Response('Not found.', { status: 404, headers: SECURITY_HEADERS });
    }
    const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(root + sep) || path.includes('\0')) {
      return new Response('Forbidden.', { status: 403, headers: SECURITY_HEADERS });
    }
    try {
      const body = await readFile(file);
      const type = contentTypeOf(file);
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
    } catch {
      return new Response('Not found.', { status: 404, headers: SECURITY_HEADERS });
    }
  });
}

/** Deny every permission, cancel every request that is not the app's own, refuse downloads. */
export function hardenSession(ses: Session = sessions.defaultSession, devOrigin: string | null = null): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devOrigin) }));
  ses.on('will-download', (event) => event.preventDefault());
  // The spell checker fetches dictionaries from a Google CDN.
  ses.setSpellCheckerEnabled(false);
}

/** Every web contents the app creates: no navigation away, no redirects, no webviews, no new windows. */
export function hardenWebContents(devOrigin: string | null = null): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devOrigin)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url, devOrigin)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Links open only through window.hindsight.openExternal, which checks the allow-list.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/**
 * ipcMain.handle, refusing any call whose sender frame is not the app's own page (a frame that
 * somehow navigated elsewhere, or a sub-frame, gets nothing).
 */
export function handleFromApp(channel: string, fn: (...args: unknown[]) => Promise<unknown>, devOrigin: string | null = null): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devOrigin)) {
      throw new Error(`Refused IPC ${channel} from ${frame?.url ?? 'an unknown frame'}`);
    }
    return fn(...args);
  });
}
