/**
 * The Electron shell's security policy as literal, commented constants (Signal-style). This
 * module imports nothing from Electron, so tests read the very objects main.ts applies.
 */
import { CONTENT_SECURITY_POLICY } from '../src/security/csp.js';

export { ALLOWED_EXTERNAL_HOSTS, isAllowedExternalUrl } from '../src/security/allowed-hosts.js';
export { CONTENT_SECURITY_POLICY };

/** The renderer is served from app://hindsight/..., never from file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hindsight';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** webPreferences of the one window. Each is Electron's secure default, written out so a change shows in review. */
export const WEB_PREFERENCES = {
  // The preload's world is apart from the page's; the page sees only window.hindsight.
  contextIsolation: true,
  // The renderer runs in Chromium's OS sandbox; the preload gets only a small, safe require().
  sandbox: true,
  // No require(), process or Buffer in the page.
  nodeIntegration: false,
  // Nor in workers or sub-frames.
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  // Same-origin policy stays on.
  webSecurity: true,
  // Never load http content into the https/app page.
  allowRunningInsecureContent: false,
  // No <webview>: it could host remote content with its own preferences.
  webviewTag: false,
  // No experimental web platform features or Blink flags.
  experimentalFeatures: false,
  // Electron's spell checker downloads dictionaries from Google's CDN; nothing leaves the machine.
  spellcheck: false,
  // Dropping an archive on the window must not navigate to it (file://...); the renderer
  // handles the drop and asks the preload for the file's path.
  navigateOnDragDrop: false,
  // No Flash-era plugins; no WebSQL.
  plugins: false,
  enableWebSQL: false,
  // A page looping alert() can be stopped by the user.
  safeDialogs: true,
} as const;

/** URL schemes the session lets the page load; every other request is cancelled. */
export const ALLOWED_REQUEST_SCHEMES: readonly string[] = [
  // The app's own pages, scripts, styles and images.
  'app:',
  // Thumbnails and icons the renderer encodes inline.
  'data:',
  // Object URLs the renderer makes from archive photos.
  'blob:',
  // DevTools' own front-end (only reachable in a development build).
  'devtools:',
];

/** Permissions the page may be granted: none. Notifications, camera, geolocation, clipboard... all denied. */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

/**
 * `npm run dev` only: electron-vite's renderer dev server (ELECTRON_RENDERER_URL), accepted when
 * the app is not packaged and the URL is http on the loopback interface; null otherwise. A
 * packaged app never has one, so every check below is then app:// only.
 */
export function devServerOrigin(url: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1') ? u.origin : null;
  } catch {
    return null;
  }
}

/** True when a frame URL belongs to the app's own origin (IPC senders are checked with this). */
export function isAppUrl(url: string, devOrigin: string | null = null): boolean {
  try {
    const u = new URL(url);
    if (devOrigin !== null && u.origin === devOrigin) return true;
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** True when the session may load this URL (see ALLOWED_REQUEST_SCHEMES). */
export function isAllowedRequest(url: string, devOrigin: string | null = null): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
    // The dev server's pages and its hot-reload WebSocket (same host and port).
    if (devOrigin !== null) {
      const dev = new URL(devOrigin);
      if ((u.protocol === 'http:' || u.protocol === 'ws:') && u.host === dev.host) return true;
    }
    return ALLOWED_REQUEST_SCHEMES.includes(u.protocol);
  } catch {
    return false;
  }
}
