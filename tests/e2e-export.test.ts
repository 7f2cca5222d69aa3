/**
 * End to end in Chromium against the loopback preview: import the demo, mark the patient post
 * "remove" by keyboard, read how to fix it, then save the checklist (CSV, redacted) and the
 * appraisal summary (PDF) from the Export screen into the preview's exports folder. Screenshots
 * of both screens, light and dark, go to the screenshot folder (e2e-support SHOTS); axe finds nothing serious; and the
 * page asks for nothing outside the preview's origin.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../src/preview/serve';
import { ensureWebBuild, haveChromium, launchChromium, openAppPage, seriousViolations, showScreen, SHOTS } from './e2e-support';

if (!haveChromium) console.warn('e2e-export: skipped, because /usr/bin/chromium is not installed (apt-get install chromium).');

const PATIENT_DETAILS = ['84-year-old', 'Ward 7B', 'retired farmer'];

describe.skipIf(!haveChromium)('remediation and export in a browser', () => {
  let dir: string;
  let exportsDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let origin: string;
  let requests: string[];
  const hs = () => server.handlers.current();

  const show = (screen: string): Promise<void> => showScreen(page, origin, screen);

  beforeAll(async () => {
    await ensureWebBuild();
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-export-'));
    exportsDir = join(dir, 'exports');
    const { startPreview } = await import('../src/preview/serve');
    server = await startPreview({ port: 0, dbPath: join(dir, 'workspace.db'), webRoot: 'dist-web', exportsDir });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    ({ page, requests } = await openAppPage(browser, { width: 1280, height: 860 }));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports the demo through the bridge', async () => {
    const r = await server.handlers.importDemo();
    expect(r.ok).toBe(true);
    expect(hs().countFindings({ pass: 'patient' })).toBeGreaterThan(0);
  });

  it('marks the patient post remove with R and shows how to fix it', async () => {
    await show('review');
    await page.locator('#detail-title').waitFor();
    const open = hs().queryFindings({ status: 'open' });
    const at = open.findIndex((f) => f.text?.includes('Ward 7B'));
    expect(at).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Home');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.detail .post').innerText()).toMatch(/^Long night on Ward/);
    await page.keyboard.press('R');
    await expect.poll(() => hs().queryFindings({ status: 'remove' }).map((f) => f.text ?? '')).toEqual([expect.stringContaining('Ward 7B')]);
    if (at < open.length - 1) {
      await expect.poll(() => page.locator('[data-testid="decision-hint"]').innerText()).toContain('Press ↑');
      await page.keyboard.press('ArrowUp');
    }
    const steps = page.locator('[data-testid="fix-steps"]');
    await expect.poll(() => steps.innerText()).toContain('Delete this post on X');
    expect(await steps.locator('ol li').count()).toBeGreaterThanOrEqual(3);
    // The link opens only when clicked, and only through the allow-listed bridge.
    expect(server.opened).toEqual([]);
    await steps.getByRole('button', { name: /^Open it on x\.com/ }).click();
    await expect.poll(() => server.opened.length).toBe(1);
    expect(server.opened[0]).toMatchObject({ url: expect.stringMatching(/^https:\/\/x\.com\/DrSamExample\/status\/957136084792246272$/), allowed: true });
  });

  it('reaches the Export screen from the navigation by keyboard', async () => {
    await show('review');
    const link = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Export' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#main h1').innerText()).toBe('Export');
    expect(page.url()).toMatch(/#\/export$/);
  });

  it('saves the checklist as CSV into the exports folder, without the patient details', async () => {
    await show('export');
    const checklist = page.locator('section[aria-labelledby="ex-checklist"]');
    expect(await checklist.getByRole('radio', { name: 'CSV (spreadsheet)' }).isChecked()).toBe(true);
    expect(await checklist.getByRole('checkbox').isChecked()).toBe(false);
    await checklist.getByRole('button', { name: 'Save checklist…' }).click();
    const result = checklist.locator('[data-testid="result-checklist"]');
    await expect.poll(() => result.innerText()).toMatch(/^Saved to\s/);
    const path = (await result.locator('.path').innerText()).trim();
    expect(path.startsWith(exportsDir)).toBe(true);
    expect(path).toMatch(/hindsight-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('957136084792246272');
    for (const words of PATIENT_DETAILS) expect(csv).not.toContain(words);
  });

  it('saves the appraisal summary as PDF', async () => {
    const summary = page.locator('section[aria-labelledby="ex-summary"]');
    expect(await summary.getByRole('radio', { name: 'PDF' }).isChecked()).toBe(true);
    await summary.getByRole('button', { name: 'Save summary…' }).click();
    const result = summary.locator('[data-testid="result-summary"]');
    await expect.poll(() => result.innerText()).toMatch(/^Saved to\s.*hindsight-appraisal-summary-.*\.pdf$/);
    const path = (await result.locator('.path').innerText()).trim();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(exportsDir).sort()).toEqual([expect.stringMatching(/^hindsight-appraisal-summary-.*\.pdf$/), expect.stringMatching(/^hindsight-checklist-.*\.csv$/)]);
  });

  it('lists the X post to delete and says why Hindsight never deletes for you', async () => {
    const x = page.locator('section[aria-labelledby="ex-x"]');
    expect(await x.locator('[data-testid="x-count"]').innerText()).toContain('1 X post marked remove');
    expect(await x.locator('[data-testid="x-readme"]').innerText()).toContain('Hindsight never asks for your password');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`screenshots in ${theme}, with no serious accessibility problems`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      const problems: string[] = [];
      await show('export');
      await page.reload();
      await page.locator('[data-testid="x-readme"]').waitFor();
      await page.getByRole('button', { name: 'Save checklist…' }).click();
      await page.locator('[data-testid="result-checklist"]').filter({ hasText: 'Saved to' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/export-${theme}.png` });
      // The app scrolls inside <main>: the X section is below the fold.
      await page.locator('section[aria-labelledby="ex-x"]').screenshot({ path: `${SHOTS}/export-x-${theme}.png` });
      for (const v of await seriousViolations(page)) problems.push(`export: ${v.id} ${v.help} at ${v.nodes.join(', ')}`);
      // The warning the doctor sees before exporting patient details.
      await page.getByRole('checkbox', { name: /Show patient details/ }).check();
      await page.locator('[data-testid="patient-warning"]').waitFor();
      await page.locator('section[aria-labelledby="ex-checklist"]').screenshot({ path: `${SHOTS}/export-patient-warning-${theme}.png` });
      await page.getByRole('checkbox', { name: /Show patient details/ }).uncheck();

      await show('review');
      await page.getByLabel('Status').selectOption('remove');
      const steps = page.locator('[data-testid="fix-steps"]');
      await steps.waitFor();
      await steps.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/review-steps-${theme}.png` });
      await page.locator('section.pane').screenshot({ path: `${SHOTS}/review-steps-pane-${theme}.png` });
      for (const v of await seriousViolations(page)) problems.push(`review: ${v.id} ${v.help} at ${v.nodes.join(', ')}`);
      expect(problems).toEqual([]);
    });
  }

  it('made no request outside the preview origin', () => {
    expect(existsSync(exportsDir)).toBe(true);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
  });
});
