/**
 * The review queue stays smooth with 100,000 findings: it fetches pages, keeps only the visible
 * rows in the DOM, and jumps to the end by keyboard quickly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../src/preview/serve';
import { ensureWebBuild, haveChromium, launchChromium, recordRequests, seedFindingsIfNone } from './e2e-support';

if (!haveChromium) console.warn('e2e-virtual-list: skipped, because /usr/bin/chromium is not installed (apt-get install chromium).');

describe.skipIf(!haveChromium)('a review queue of 100,000 findings', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let total: number;
  let requests: string[];

  beforeAll(async () => {
    await ensureWebBuild();
    dir = mkdtempSync(join(tmpdir(), 'hindsight-100k-'));
    const { startPreview } = await import('../src/preview/serve');
    server = await startPreview({ port: 0, dbPath: join(dir, 'workspace.db'), webRoot: 'dist-web' });
    const imported = await server.handlers.importDemo();
    expect(imported.ok).toBe(true);
    const posts = server.handlers.current().countPosts();
    seedFindingsIfNone(server, Math.ceil(100_000 / Math.max(1, posts)));
    total = server.handlers.current().countFindings({});
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
    requests = recordRequests(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts them all but renders only the rows in view', async () => {
    expect(total).toBeGreaterThanOrEqual(100_000);
    await page.goto(`${server.url}#/review`);
    await page.locator('#detail-title').waitFor();
    await expect.poll(() => page.locator('.count').innerText()).toBe(`${total.toLocaleString('en-GB')} findings to review`);
    const rows = await page.locator('[role="option"]').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(80);
  });

  it('jumps to the last finding by keyboard and shows it promptly', async () => {
    const t0 = Date.now();
    await page.keyboard.press('End');
    await page.locator(`#finding-${total - 1}[aria-selected="true"]`).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator(`#finding-${total - 1} .pass`).count(), { timeout: 10_000 }).toBe(1);
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(5_000);
    await page.keyboard.press('PageUp');
    await page.locator(`#finding-${total - 11}[aria-selected="true"]`).waitFor();
    expect(await page.locator('[role="option"]').count()).toBeLessThan(80);
  });

  it('scrolls with the wheel, loading pages as they come into view', async () => {
    await page.keyboard.press('Home');
    await page.locator('#finding-0[aria-selected="true"]').waitFor();
    const list = page.locator('.vlist');
    await list.hover();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 4000);
    await expect.poll(async () => (await page.locator('[role="option"] .pass').count()) > 3, { timeout: 10_000 }).toBe(true);
    const pageQueries = requests.filter((u) => u.endsWith('/api/queryFindings')).length;
    // Pages of 100, never the whole set: far fewer requests than rows scrolled past.
    expect(pageQueries).toBeGreaterThan(1);
    expect(pageQueries).toBeLessThan(200);
  });

  it('decides a finding deep in the list', async () => {
    await page.keyboard.press('End');
    await page.locator(`#finding-${total - 1} .pass`).waitFor();
    await page.keyboard.press('R');
    await expect.poll(() => server.handlers.current().countFindings({ status: 'remove' })).toBe(1);
  });
});
