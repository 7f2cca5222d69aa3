/**
 * The bridge handlers, Motrix-style: one factory returning plain async functions, one per
 * HindsightBridge method. Electron's IPC and the loopback preview server both iterate
 * BRIDGE_METHODS and wire each name to the function of the same name; tests call them directly.
 * Nothing here imports Electron: the shell-only abilities (file dialog, opening a browser) come
 * in as dependencies.
 *
 * Arguments arrive from a renderer, so they are checked here at the edge: a wrong type is a bug
 * (or a compromised page) and throws; expected failures resolve as values.
 */
import { rmSync } from 'node:fs';
import type {
  AccountView,
  AnalysisSummary,
  ExportFormat,
  ExportReportOptions,
  FindingQuery,
  FindingView,
  HindsightBridge,
  ImportProgressEvent,
  ImportSummary,
  RemediationSteps,
  ReviewInput,
  SaveExportFormat,
  SaveExportKind,
  SaveExportRequest,
  SaveExportResult,
  TimelinePoint,
  WorkspaceInfo,
  XDeletionFiles,
} from './api.js';
import { SAVE_EXPORT_FORMATS, type BridgeMethod } from './bridge-methods.js';
import type { ArchiveInfo, Settings } from './model.js';
import type { Result } from './result.js';
import { collectReportInput } from './report/input.js';
import { renderReportFile } from './report/render.js';
import { isAllowedExternalUrl } from './security/allowed-hosts.js';
import { createHindsight, type Hindsight } from './service.js';

export { BRIDGE_METHODS, isBridgeMethod, type BridgeMethod } from './bridge-methods.js';

export type Handlers = { [K in BridgeMethod]: HindsightBridge[K] };

export interface HandlerDeps {
  hs: Hindsight;
  /** The shell's file picker (Electron dialog; the preview reads an env var). [] when cancelled. */
  pickArchives(kind: 'zip' | 'folder'): Promise<string[]>;
  /** Open a URL that already passed the allow-list in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** The bundled demo archive (resources/demo/hindsight-demo-x.zip). */
  demoPath: string;
  /** Forward import progress to the renderer (IPC event, or Server-Sent Event). */
  emitProgress(p: ImportProgressEvent): void;
  /**
   * Open a fresh, empty workspace at the same path after deleteWorkspace removed the old one.
   * Returns the new service; when it returns nothing, a Node build of the service is opened.
   */
  resetWorkspace(): Hindsight | void;
  /**
   * Let the user save one export: Electron shows the Save dialog and writes the file; the preview
   * writes into its exports folder. Resolves the path written, or null when the user cancelled.
   */
  saveFile(suggestedName: string, data: string | Buffer): Promise<string | null>;
  /**
   * Print an export's HTML to PDF (Electron: a hidden, sandboxed, offline window's printToPDF, as
   * DESIGN.md says). Without it (preview, tests, CLI) the pdfkit renderer makes the PDF.
   */
  htmlToPdf?(html: string): Promise<Buffer>;
}

export interface HandlersWithState extends Handlers {
  /** The live service (it changes after deleteWorkspace). */
  current(): Hindsight;
  /** Resolves when no import is running. */
  idle(): Promise<void>;
}

const BUSY = 'Another import is still running; wait for it to finish or cancel it first.';

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  return value;
}

function requireObject<T extends object>(value: unknown, what: string): T {
  if (value === undefined) return {} as T;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${what} must be an object`);
  return value as T;
}

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'html'];

function isSaveKind(kind: unknown): kind is SaveExportKind {
  return typeof kind === 'string' && Object.hasOwn(SAVE_EXPORT_FORMATS, kind);
}

/** A malformed save request is a bug (or a compromised page): throw, like the other handlers. */
function checkSaveRequest(value: unknown): Required<SaveExportRequest> {
  const r = requireObject<Partial<SaveExportRequest>>(value, 'request');
  if (!isSaveKind(r.kind)) throw new TypeError(`kind must be one of ${Object.keys(SAVE_EXPORT_FORMATS).join(', ')}`);
  const formats = SAVE_EXPORT_FORMATS[r.kind];
  if (!formats.includes(r.format as SaveExportFormat)) throw new TypeError(`format for ${r.kind} must be one of ${formats.join(', ')}`);
  if (r.showPatientDetails !== undefined && typeof r.showPatientDetails !== 'boolean') throw new TypeError('showPatientDetails must be a boolean');
  // Only the checklist can ever show patient details; the summary and the X list never carry them.
  return { kind: r.kind, format: r.format as SaveExportFormat, showPatientDetails: r.kind === 'checklist' && r.showPatientDetails === true };
}

/** The name the Save dialog suggests; the X files keep the names their readme gives them. */
export function suggestedFileName(r: Required<SaveExportRequest>, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  switch (r.kind) {
    case 'checklist':
      return `hindsight-checklist${r.showPatientDetails ? '-WITH-PATIENT-DETAILS' : ''}-${day}.${r.format}`;
    case 'summary':
      return `hindsight-appraisal-summary-${day}.${r.format}`;
    case 'x-deletions':
      return r.format === 'txt' ? 'x-delete-ids.txt' : 'x-delete.csv';
  }
}

const WHAT: Record<SaveExportKind, string> = { checklist: 'checklist', summary: 'appraisal summary', 'x-deletions': 'X deletion list' };

function reason(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/\.$/, '');
}

export function createHandlers(deps: HandlerDeps): HandlersWithState {
  let hs = deps.hs;
  /** The running import's controller: one at a time, so cancelImport knows what to stop. */
  let controller: AbortController | null = null;
  let running: Promise<unknown> | null = null;

  async function runImport(path: string): Promise<Result<ImportSummary>> {
    if (controller) return { ok: false, error: BUSY };
    const ctl = new AbortController();
    controller = ctl;
    const job = hs.importArchive(path, (p) => deps.emitProgress(p), ctl.signal);
    running = job;
    try {
      return await job;
    } finally {
      if (controller === ctl) controller = null;
      running = null;
    }
  }

  async function idle(): Promise<void> {
    while (running) await running.catch(() => undefined);
  }

  /** The bytes of one export; PDFs from the shell's printer when it has one, else pdfkit. */
  async function exportData(r: Required<SaveExportRequest>): Promise<string | Buffer> {
    if (r.kind === 'x-deletions') {
      const files = hs.exportXDeletions();
      return r.format === 'txt' ? files.idsTxt : files.csv;
    }
    const options = { report: r.kind, showPatientDetails: r.showPatientDetails };
    if (r.format !== 'pdf') return hs.exportReport(r.format as ExportFormat, options);
    if (deps.htmlToPdf) return deps.htmlToPdf(hs.exportReport('html', options));
    return renderReportFile('pdf', collectReportInput(hs.workspace), options);
  }

  async function saveExport(value: unknown): Promise<SaveExportResult> {
    const r = checkSaveRequest(value);
    if (r.kind === 'x-deletions' && hs.exportXDeletions().count === 0) {
      return { saved: false, path: null, error: 'No X posts are marked "remove" yet, so there is no list to save.' };
    }
    let data: string | Buffer;
    try {
      data = await exportData(r);
    } catch (err) {
      return { saved: false, path: null, error: `Hindsight could not make the ${WHAT[r.kind]} (${reason(err)}).` };
    }
    try {
      const path = await deps.saveFile(suggestedFileName(r), data);
      return path ? { saved: true, path } : { saved: false, path: null };
    } catch (err) {
      return { saved: false, path: null, error: `The ${WHAT[r.kind]} was not saved (${reason(err)}).` };
    }
  }

  return {
    current: () => hs,
    idle,

    importArchive: async (path) => runImport(requireString(path, 'path')),
    importDemo: async () => runImport(deps.demoPath),
    // Aborting makes the service roll the import's transaction back: the workspace is unchanged.
    // Synchronous up to the abort, so a cancel sent from a progress callback stops the next record.
    cancelImport: async () => {
      controller?.abort();
      await idle();
    },
    pickArchives: async (kind) => {
      if (kind !== 'zip' && kind !== 'folder') throw new TypeError('kind must be "zip" or "folder"');
      const paths = await deps.pickArchives(kind);
      return paths.filter((p): p is string => typeof p === 'string' && p.length > 0);
    },
    analyse: async (): Promise<AnalysisSummary> => hs.analyse(),
    listArchives: async (): Promise<ArchiveInfo[]> => hs.listArchives(),
    listAccounts: async (): Promise<AccountView[]> => hs.listAccounts(),
    queryFindings: async (q): Promise<FindingView[]> => hs.queryFindings(requireObject<FindingQuery>(q, 'query')),
    countFindings: async (q): Promise<number> => hs.countFindings(requireObject<FindingQuery>(q, 'query')),
    setReview: async (r): Promise<FindingView[]> => {
      const input = requireObject<ReviewInput>(r, 'review');
      requireString(input.subjectKey, 'subjectKey');
      requireString(input.pass, 'pass');
      requireString(input.rule, 'rule');
      requireString(input.status, 'status');
      return hs.setReview(input);
    },
    getSettings: async (): Promise<Settings> => hs.getSettings(),
    setSettings: async (s) => hs.api.setSettings(requireObject<Partial<Settings>>(s, 'settings')),
    exportReport: async (format, options) => {
      if (!EXPORT_FORMATS.includes(format)) throw new TypeError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const o = requireObject<ExportReportOptions>(options, 'options');
      if (o.report !== undefined && o.report !== 'checklist' && o.report !== 'summary') throw new TypeError('report must be "checklist" or "summary"');
      if (o.showPatientDetails !== undefined && typeof o.showPatientDetails !== 'boolean') throw new TypeError('showPatientDetails must be a boolean');
      return hs.exportReport(format, { report: o.report, showPatientDetails: o.showPatientDetails });
    },
    exportXDeletions: async (): Promise<XDeletionFiles> => hs.exportXDeletions(),
    timeline: async (): Promise<TimelinePoint[]> => hs.timeline(),
    remediationFor: async (findingId): Promise<RemediationSteps | null> => {
      if (typeof findingId !== 'number' || !Number.isSafeInteger(findingId) || findingId < 1) throw new TypeError('findingId must be a positive integer');
      return hs.remediationFor(findingId);
    },
    saveExport: (request) => saveExport(request),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      try {
        await deps.openExternal(url);
        return true;
      } catch {
        return false;
      }
    },
    workspaceInfo: async (): Promise<WorkspaceInfo> => ({ path: hs.dbPath, posts: hs.countPosts(), archives: hs.listArchives().length }),
    deleteWorkspace: async () => {
      // Stop any import first: its transaction rolls back before the file goes.
      controller?.abort();
      await idle();
      const dbPath = hs.dbPath;
      hs.close();
      if (dbPath !== ':memory:') {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
      }
      hs = deps.resetWorkspace() ?? createHindsight({ dbPath });
    },
  };
}
