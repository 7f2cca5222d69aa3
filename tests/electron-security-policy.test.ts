/**
 * The shell's security policy, read from the same constants electron/main.ts applies. The module
 * holding them imports nothing from Electron, so this runs under plain Node.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  ALLOWED_REQUEST_SCHEMES,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  devServerOrigin,
  isAllowedRequest,
  isAppUrl,
  WEB_PREFERENCES,
} from '../electron/security-policy.js';
import { CSP_DIRECTIVES, SECURITY_HEADERS } from '../src/security/csp.js';

describe('WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(WEB_PREFERENCES.experimentalFeatures).toBe(false);
  });

  it('names no preload of its own (main.ts adds the built one) and enables no Blink features', () => {
    expect(WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

  it('allows no remote source of any kind', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    for (const sources of directives.values()) {
      for (const s of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']).toContain(s);
    }
  });

  it('defaults to self, runs only bundled scripts, and locks down objects, base, forms and frames', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) expect(directives.get(d)).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    // Inline is allowed for styles only (Vue writes style attributes), never for scripts.
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('is the header both the app:// handler and the preview send', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CSP_DIRECTIVES.length).toBe(directives.size);
  });
});

describe('app:// scheme and request policy', () => {
  it('serves the UI from app://hindsight', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('hindsight');
    expect(APP_ORIGIN).toBe('app://hindsight');
    expect(isAppUrl('app://hindsight/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://hindsight/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });

  it('lets the session load only app:, data:, blob: and devtools: URLs', () => {
    expect([...ALLOWED_REQUEST_SCHEMES].sort()).toEqual(['app:', 'blob:', 'data:', 'devtools:']);
    for (const url of ['https://x.com/', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://localhost/', 'chrome://gpu', 'ftp://x']) expect(isAllowedRequest(url)).toBe(false);
    expect(isAllowedRequest('app://hindsight/assets/a.js')).toBe(true);
  });

  it('accepts a dev server only for `npm run dev`: unpackaged, http, loopback', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
    expect(devServerOrigin('https://evil.net/', false)).toBeNull();
    expect(devServerOrigin('http://192.168.1.5:5173/', false)).toBeNull();
    expect(devServerOrigin('http://localhost.evil.net:5173/', false)).toBeNull();
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://x.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('grants no permission at all', () => {
    expect(ALLOWED_PERMISSIONS).toEqual([]);
  });

  it('the policy module does not import Electron (tests and tools can read it)', () => {
    const source = readFileSync('electron/security-policy.ts', 'utf8');
    expect(source).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/);
  });
});

describe('preload', () => {
  const source = readFileSync('electron/preload.ts', 'utf8');

  it('exposes only window.hindsight, never ipcRenderer itself', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toMatch(/exposeInMainWorld\('hindsight', bridge\)/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(source).not.toMatch(/ipcRenderer\.send\(|invoke: \(|\.\.\.ipcRenderer/);
  });

  it('gets dropped files\' paths through webUtils.getPathForFile', () => {
    expect(source).toMatch(/webUtils\.getPathForFile\(file\)/);
  });
});
