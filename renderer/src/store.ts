/**
 * App-wide state: which screen is showing, the import jobs (so leaving the import screen never
 * loses them), the theme, and a few cached lists. Plain Vue reactivity; no store library.
 */
import { reactive } from 'vue';
import type { HindsightBridge, ImportProgressEvent, ImportSummary } from '../../src/api';
import type { ArchiveInfo, Settings } from '../../src/model';

export type Screen = 'start' | 'import' | 'overview' | 'review' | 'accounts' | 'export' | 'settings';
export const SCREENS: { id: Screen; label: string }[] = [
  { id: 'start', label: 'Start' },
  { id: 'import', label: 'Import' },
  { id: 'overview', label: 'Overview' },
  { id: 'review', label: 'Review' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'export', label: 'Export' },
  { id: 'settings', label: 'Settings' },
];

export type JobState = 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJob {
  id: number;
  /** What the user chose: a path, or "Demo archive". */
  label: string;
  path: string | null;
  demo: boolean;
  state: JobState;
  progress: ImportProgressEvent | null;
  summary: ImportSummary | null;
  error: string | null;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

export const state = reactive({
  screen: 'start' as Screen,
  jobs: [] as ImportJob[],
  importing: false,
  cancelRequested: false,
  archives: [] as ArchiveInfo[],
  settings: null as Settings | null,
  theme: 'system' as ThemeChoice,
  /** Filters the Review screen applies when it next opens (set by Overview's bars). */
  reviewPreset: null as Record<string, string> | null,
  /** Bumped after imports, deletes and settings changes so screens refetch. */
  dataVersion: 0,
});

let nextJobId = 1;

export function go(screen: Screen): void {
  state.screen = screen;
  if (typeof window !== 'undefined' && window.location.hash !== `#/${screen}`) history.replaceState(null, '', `#/${screen}`);
}

export function screenFromHash(hash: string): Screen | null {
  const id = hash.replace(/^#\/?/, '');
  return SCREENS.some((s) => s.id === id) ? (id as Screen) : null;
}

export async function refreshArchives(bridge: HindsightBridge): Promise<void> {
  state.archives = await bridge.listArchives();
}

let progressBridge: HindsightBridge | null = null;

/**
 * Subscribe once, early: the preview's event stream takes a moment to connect, and a small
 * archive can finish before a late subscription would hear anything.
 */
export function listenForProgress(bridge: HindsightBridge): void {
  if (progressBridge === bridge) return;
  progressBridge = bridge;
  bridge.onImportProgress((p) => {
    const job = state.jobs.find((j) => j.state === 'running');
    if (job) job.progress = { ...p };
  });
}

/** Queue archives (paths) or the demo and run them one after another. */
export async function startImports(bridge: HindsightBridge, items: { path: string | null; demo?: boolean }[]): Promise<void> {
  for (const item of items) {
    state.jobs.push({
      id: nextJobId++,
      label: item.demo ? 'Demo archive' : (item.path ?? '').split(/[\\/]/).filter(Boolean).pop() || (item.path ?? ''),
      path: item.path,
      demo: !!item.demo,
      state: 'waiting',
      progress: null,
      summary: null,
      error: null,
    });
  }
  go('import');
  if (state.importing) return;
  state.importing = true;
  state.cancelRequested = false;
  listenForProgress(bridge);
  try {
    for (;;) {
      const job = state.jobs.find((j) => j.state === 'waiting');
      if (!job) break;
      if (state.cancelRequested) {
        job.state = 'cancelled';
        job.error = 'Not started: the import was cancelled.';
        continue;
      }
      job.state = 'running';
      let result;
      try {
        result = job.demo ? await bridge.importDemo() : await bridge.importArchive(job.path ?? '');
      } catch (err) {
        result = { ok: false as const, error: `Hindsight could not finish this import (${err instanceof Error ? err.message : String(err)}); the workspace is unchanged.` };
      }
      if (result.ok) {
        job.state = 'done';
        job.summary = result.value;
      } else {
        job.state = state.cancelRequested || /cancel/i.test(result.error) ? 'cancelled' : 'failed';
        job.error = result.error;
      }
    }
  } finally {
    state.importing = false;
    state.cancelRequested = false;
    state.dataVersion++;
    await refreshArchives(bridge).catch(() => undefined);
  }
}

export async function cancelImports(bridge: HindsightBridge): Promise<void> {
  if (!state.importing) return;
  state.cancelRequested = true;
  await bridge.cancelImport();
}

export function clearFinishedJobs(): void {
  state.jobs = state.jobs.filter((j) => j.state === 'running' || j.state === 'waiting');
}

const THEME_KEY = 'hindsight.theme';

export function applyTheme(choice: ThemeChoice): void {
  state.theme = choice;
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    /* storage may be unavailable; the choice still applies for this session */
  }
  paintTheme();
}

/** The system's preference, when the doctor left the theme on "System". */
function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** One attribute the stylesheet reads: "System" is resolved here, so the CSS holds each palette once. */
function paintTheme(): void {
  const dark = state.theme === 'dark' || (state.theme === 'system' && systemDark());
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
}

let followingSystem = false;
function followSystemTheme(): void {
  if (followingSystem || typeof matchMedia !== 'function') return;
  followingSystem = true;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', paintTheme);
}

export function loadTheme(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(THEME_KEY);
  } catch {
    saved = null;
  }
  applyTheme(saved === 'light' || saved === 'dark' ? saved : 'system');
  followSystemTheme();
}
