/**
 * A post's link opens in the user's browser only for the platforms' own hosts (DESIGN.md
 * invariant 1). The test reads the same ALLOWED_EXTERNAL_HOSTS constant the app uses.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../src/handlers.js';
import { ALLOWED_EXTERNAL_HOSTS, isAllowedExternalUrl } from '../src/security/allowed-hosts.js';
import { createHindsight } from '../src/service.js';

function handlersRecordingOpens() {
  const opened: string[] = [];
  const handlers = createHandlers({
    hs: createHindsight({ dbPath: ':memory:' }),
    pickArchives: async () => [],
    openExternal: async (url) => {
      opened.push(url);
    },
    demoPath: '/nonexistent.zip',
    emitProgress: () => {},
    resetWorkspace: () => {},
    saveFile: async () => null,
  });
  return { handlers, opened };
}

const REFUSED = [
  'http://x.com/DrSamExample/status/1',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'ftp://x.com/',
  'https://x.com.evil.net/status/1',
  'https://evilx.com/',
  'https://x.co/',
  'https://www.facebook.com.evil.net/',
  'https://linkedin.com.attacker.io/feed',
  'https://notlinkedin.com/',
  'https://x.com@evil.net/',
  'https://user:pass@x.com/',
  'https://user@twitter.com/',
  'https://evil.net\\@x.com/',
  'https://evil.net#@x.com/',
  'https://evil.net?@x.com/',
  'https://x.com:8443/',
  'https://x.com./',
  'https://xn--x-com-evil.net/',
  '//x.com/',
  'x.com/DrSamExample',
  '',
  'not a url',
];

describe('openExternal', () => {
  it.each(ALLOWED_EXTERNAL_HOSTS.map((h) => [h]))('opens https links on %s', async (host) => {
    const { handlers, opened } = handlersRecordingOpens();
    const url = `https://${host}/some/post?id=1`;
    expect(await handlers.openExternal(url)).toBe(true);
    expect(opened).toEqual([url]);
  });

  it('allows the hosts a post link needs', () => {
    for (const host of ['x.com', 'twitter.com', 'mobile.twitter.com', 'www.facebook.com', 'facebook.com', 'm.facebook.com', 'www.linkedin.com', 'linkedin.com']) {
      expect(ALLOWED_EXTERNAL_HOSTS).toContain(host);
    }
    expect(isAllowedExternalUrl('https://x.com/DrSamExample/status/1172481299051446272')).toBe(true);
    expect(isAllowedExternalUrl('https://X.COM/DrSamExample')).toBe(true);
    expect(isAllowedExternalUrl('https://www.linkedin.com/feed/update/urn:li:activity:1/')).toBe(true);
  });

  it.each(REFUSED.map((u) => [u]))('refuses %s and opens nothing', async (url) => {
    const { handlers, opened } = handlersRecordingOpens();
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(await handlers.openExternal(url)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses values that are not strings', async () => {
    const { handlers, opened } = handlersRecordingOpens();
    for (const v of [null, undefined, 42, { href: 'https://x.com/' }, ['https://x.com/']]) {
      expect(await handlers.openExternal(v as unknown as string)).toBe(false);
    }
    expect(opened).toEqual([]);
  });

  it('lists only exact host names (no wildcards, schemes or paths)', () => {
    for (const host of ALLOWED_EXTERNAL_HOSTS) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('reports false when the shell fails to open an allowed link', async () => {
    const handlers = createHandlers({
      hs: createHindsight({ dbPath: ':memory:' }),
      pickArchives: async () => [],
      openExternal: async () => {
        throw new Error('no browser');
      },
      demoPath: '/nonexistent.zip',
      emitProgress: () => {},
      resetWorkspace: () => {},
      saveFile: async () => null,
    });
    expect(await handlers.openExternal('https://x.com/')).toBe(false);
  });
});
