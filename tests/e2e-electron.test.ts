/**
 * The same flows in the real desktop shell, through Playwright's Electron runner: import the demo
 * and a generated X archive (the native file dialog is stubbed in the main process), review by
 * keyboard, search and filter, and check that the window only ever loads the app's own origin.
 * Skipped when the Electron binary is not installed (it cannot be downloaded in CI here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTwitterArchive } from './generators/twitter';

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) console.warn('e2e-electron: skipped, because the Electron binary is not installed (require("electron") gives no existing path).');

describe.skipIf(!binary)('the desktop app', () => {
  let dir: string;
  let app: ElectronApplication;
  let page: Page;
  let xArchive: string;
  const requests: string[] = [];

  beforeAll(async () => {
    const built = 'out/main/index.js';
    const newest = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);
    if (!existsSync(built) || newest(built) < Math.max(...['electron/main.ts', 'electron/preload.ts', 'electron/print-to-pdf.ts', 'src/handlers.ts', 'renderer/src/App.vue', 'renderer/src/screens/ExportScreen.vue'].map(newest))) {
      const r = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
      if (r.status !== 0) throw new Error('electron-vite build failed.');
    }
    dir = mkdtempSync(join(tmpdir(), 'hindsight-electron-'));
    xArchive = await writeTwitterArchive(dir, 'twitter-2023-generated', 'ytd-2022');
    const { _electron } = await import('playwright-core');
    app = await _electron.launch({
      executablePath: binary!,
      args: [built, '--no-sandbox'],
      // A private workspace: Electron's appData follows XDG_CONFIG_HOME on Linux.
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir, ELECTRON_RENDERER_URL: '' },
    });
    page = await app.firstWindow();
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForSelector('#main h1');
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports the demo and a picked X archive', async () => {
    await page.evaluate(() => (window.location.hash = '#/start'));
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Review findings' }).waitFor({ timeout: 60_000 });
    // Stand in for the user choosing a file in the native dialog.
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
    }, xArchive);
    await page.evaluate(() => (window.location.hash = '#/start'));
    await page.getByRole('button', { name: 'Choose zip files…' }).click();
    await expect.poll(() => page.locator('article.job .badge.state').allInnerTexts(), { timeout: 60_000 }).toEqual(['Imported', 'Imported']);
  });

  it('reviews by keyboard, searches and filters', async () => {
    await page.evaluate(() => (window.location.hash = '#/review'));
    await page.locator('.count').waitFor();
    const before = await page.locator('.count').innerText();
    if (/^0 /.test(before)) return; // no findings to decide (analysis passes not registered yet)
    await page.locator('#detail-title').waitFor();
    await page.keyboard.press('K');
    await expect.poll(() => page.locator('#finding-0 .badge.status').innerText()).toBe('Keep');
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-search');
    await page.keyboard.type('zzzznotaword');
    await expect.poll(() => page.locator('.count').innerText()).toBe('0 findings to review');
    await page.keyboard.press('Escape');
    await page.getByLabel('Severity').selectOption('high');
    await expect.poll(() => page.locator('.count').innerText()).toMatch(/findings? to review$/);
  });

  it('saves the appraisal summary as a printed PDF where the Save dialog says', async () => {
    const target = join(dir, 'summary.pdf');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await page.evaluate(() => (window.location.hash = '#/export'));
    const summary = page.locator('section[aria-labelledby="ex-summary"]');
    await summary.getByRole('button', { name: 'Save summary…' }).click();
    await expect.poll(() => summary.locator('.path').innerText(), { timeout: 30_000 }).toBe(target);
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('loads nothing but the app itself', () => {
    // app: URLs have an opaque origin ("null"), so compare against the app's own prefix.
    expect(page.url().startsWith('app://hindsight/')).toBe(true);
    expect(requests.filter((u) => !u.startsWith('app://hindsight/') && !u.startsWith('data:'))).toEqual([]);
  });
});
