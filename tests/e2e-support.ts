/**
 * Shared setup for the renderer's end-to-end tests: the Chromium to drive, a fresh renderer build
 * when the sources changed, and (until the analysis passes are registered) a few findings seeded
 * over the imported posts so the review flows have something to review.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Finding } from '../src/model';
import type { PreviewServer } from '../src/preview/serve';

export const CHROMIUM = process.env.HINDSIGHT_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
/**
 * Where the end-to-end tests save their screenshots: a scratch folder on every run, and the
 * committed docs/screenshots/ only when asked (HINDSIGHT_UPDATE_SCREENSHOTS=1), so a test run
 * never leaves the working tree changed.
 */
export const SHOTS = process.env.HINDSIGHT_UPDATE_SCREENSHOTS ? 'docs/screenshots' : '.cache/screenshots';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Build renderer/ into dist-web/ when it is missing or older than its sources (one builder at a time). */
export async function ensureWebBuild(): Promise<void> {
  const sources = ['renderer', 'src/api.ts', 'src/model.ts', 'src/preview/bridge-shim.ts', 'resources/guidance.json', 'vite.web.config.ts'];
  const stale = () => newestMtime('dist-web/index.html') < Math.max(...sources.map(newestMtime));
  if (!stale()) return;
  mkdirSync('.cache', { recursive: true });
  const lock = '.cache/dist-web.lock';
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 600) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!stale()) return;
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('The renderer build (vite build --config vite.web.config.ts) failed.');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Every URL the page asks for, to prove nothing leaves the preview origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return urls;
}

export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

export async function seriousViolations(page: Page) {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

interface WorkspaceLike {
  db: { prepare(sql: string): { all(...a: unknown[]): unknown[] } };
  replaceFindings(f: Finding[], versions: Record<string, number>): void;
}

function workspaceOf(server: PreviewServer): WorkspaceLike {
  return (server.handlers.current() as unknown as { workspace: WorkspaceLike }).workspace;
}

/**
 * If the analysis produced nothing (passes not registered yet), write findings over the real
 * imported posts, with evidence spans at true offsets, so the UI flows can be exercised.
 * `copies` multiplies them (the 100k virtual-list test).
 */
export function seedFindingsIfNone(server: PreviewServer, copies = 1): number {
  const ws = workspaceOf(server);
  const existing = (ws.db.prepare('SELECT count(*) AS n FROM findings').all() as { n: number }[])[0].n;
  if (existing > 0 && copies === 1) return 0;
  const posts = ws.db.prepare("SELECT subject_key, text FROM posts WHERE text <> '' ORDER BY created_at").all() as { subject_key: string; text: string }[];
  const accounts = ws.db.prepare('SELECT platform, handle, bio FROM accounts').all() as { platform: string; handle: string; bio: string | null }[];
  const out: Finding[] = [];
  const severities = ['high', 'medium', 'low'] as const;
  for (let c = 0; c < copies; c++) {
    posts.forEach((p, i) => {
      const m = /[A-Za-z]{5,}/.exec(p.text);
      const start = m?.index ?? 0;
      const end = m ? start + m[0].length : Math.min(5, p.text.length);
      const geotag = i % 4 === 3;
      out.push({
        pass: geotag ? 'geotag' : i % 4 === 1 ? 'interest' : 'patient',
        rule: geotag ? `post-coordinates-${c}` : `seeded-${c}`,
        severity: severities[(i + c) % 3],
        subjectType: 'post',
        subjectKey: p.subject_key,
        evidence: geotag
          ? [{ start: 0, end: 0, kind: 'gps', field: 'geo', text: `${(51.5 + i * 0.7).toFixed(4)}, ${(-0.12 - i * 1.3).toFixed(4)}` }]
          : [{ start, end, kind: 'patient-reference', text: p.text.slice(start, end) }],
        explanation: geotag ? 'The post carries exact coordinates (seeded for the UI test).' : 'Seeded for the UI test: this word stands in for patient details.',
        guidance: geotag ? ['8c'] : ['12', '13', '14'],
        passVersion: 1,
      });
    });
  }
  for (const a of accounts) {
    out.push({
      pass: 'anonymity',
      rule: 'doctor-without-name',
      severity: 'medium',
      subjectType: 'account',
      subjectKey: `account:${a.platform}:${a.handle}`,
      evidence: a.bio ? [{ start: 0, end: Math.min(a.bio.length, 10), kind: 'doctor-claim', text: a.bio.slice(0, 10), field: 'bio' }] : [],
      explanation: 'The profile presents as a doctor without a name (seeded for the UI test).',
      guidance: ['17', '18'],
      passVersion: 1,
    });
  }
  ws.replaceFindings(out, {});
  return out.length;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A light-themed page on a fresh context, recording every request it makes and echoing page
 * errors. bypassCSP only so tests can inject axe-core; the app's own CSP stays strict.
 */
export async function openAppPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport, colorScheme: 'light', bypassCSP: true });
  const page = await context.newPage();
  const requests = recordRequests(page);
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return { context, page, requests };
}

/** Open a screen by its route and wait until it has settled. */
export async function showScreen(page: Page, origin: string, screen: string): Promise<void> {
  await page.goto(`${origin}/#/${screen}`);
  await page.waitForSelector('#main h1');
  await page.waitForLoadState('networkidle');
}
