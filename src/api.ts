/**
 * The service API: the only door between the UI and the core (DESIGN.md). Types only, so the
 * renderer can import this file without pulling in Node modules. The same handlers serve
 * Electron IPC, the CLI and the loopback browser preview.
 */
import type { Account, ArchiveInfo, Finding, Platform, PostKind, ReviewStatus, Settings, Severity } from './model.js';
import type { Result } from './result.js';

export interface ImportProgressEvent {
  archive: string;
  entriesRead: number;
  entriesTotal: number;
  postsFound: number;
  bytesRead: number;
  bytesTotal: number;
  current: string;
  elapsedMs: number;
}

export interface SkippedRecordView {
  file: string;
  id: string | null;
  reason: string;
}

export interface ImportSummary {
  archive: ArchiveInfo;
  /** True when this exact archive was imported before: nothing changed. */
  alreadyImported: boolean;
  label: string;
  skipped: { count: number; first: SkippedRecordView[] };
}

export interface FindingView extends Finding {
  id: number;
  platform: Platform;
  /** The platform's own post id (or derived id); for media, the post the media belongs to. */
  postId: string | null;
  kind: PostKind | null;
  createdAt: string | null;
  account: string | null;
  mediaPath: string | null;
  url: string | null;
  /** The text the evidence offsets refer to: post text, or the account's bio. */
  text: string | null;
  deleted: boolean;
  status: ReviewStatus;
  note: string;
  decidedAt: string | null;
  /** Date of the archive that confirmed a removal or edit, when one has. */
  verifiedAt: string | null;
}

export interface FindingQuery {
  pass?: string;
  severity?: Severity;
  platform?: Platform;
  account?: string;
  year?: number;
  status?: ReviewStatus;
  /** One finding by its id in the workspace. */
  id?: number;
  /** Only the findings of one subject (a post, photo or account). */
  subjectKey?: string;
  /** Full-text search over post text (FTS5). */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface AnalysisSummary {
  posts: number;
  findings: number;
  byPass: Record<string, number>;
}

export interface ReviewInput {
  subjectKey: string;
  pass: string;
  rule: string;
  status: ReviewStatus;
  note?: string;
}

export type ExportFormat = 'json' | 'csv' | 'md' | 'html';

export interface ExportReportOptions {
  /** The checklist (one row per finding, every format) or the appraisal summary (HTML). */
  report?: 'checklist' | 'summary';
  /** Show patient findings' words unmasked; the export then carries a warning line. */
  showPatientDetails?: boolean;
}

/** Files for common X bulk-deletion tools: everything marked "remove", deleted posts left out. */
export interface XDeletionFiles {
  idsTxt: string;
  csv: string;
  readme: string;
  count: number;
}

export interface AccountView extends Account {
  findings: number;
}

/** The workspace calls the service API and the renderer's bridge share, with the same signatures. */
export interface WorkspaceCalls {
  analyse(): Promise<AnalysisSummary>;
  listArchives(): Promise<ArchiveInfo[]>;
  listAccounts(): Promise<AccountView[]>;
  queryFindings(q: FindingQuery): Promise<FindingView[]>;
  countFindings(q: FindingQuery): Promise<number>;
  setReview(r: ReviewInput): Promise<FindingView[]>;
  getSettings(): Promise<Settings>;
  setSettings(s: Partial<Settings>): Promise<Settings>;
  exportReport(format: ExportFormat, options?: ExportReportOptions): Promise<string>;
  exportXDeletions(): Promise<XDeletionFiles>;
  /** Posts and findings per month, oldest first. */
  timeline(): Promise<TimelinePoint[]>;
  /** The platform steps for one finding (by id); null when it no longer exists. */
  remediationFor(findingId: number): Promise<RemediationSteps | null>;
}

/** What the UI may call. Every call resolves (never rejects) for expected failures. */
export interface HindsightApi extends WorkspaceCalls {
  importArchive(path: string, onProgress?: (p: ImportProgressEvent) => void, signal?: AbortSignal): Promise<Result<ImportSummary>>;
}

export type RemediationKind =
  | 'tweet'
  | 'reply'
  | 'retweet'
  | 'quote'
  | 'post'
  | 'check-in'
  | 'photo'
  | 'comment'
  | 'share'
  | 'article'
  | 'message'
  | 'account';

export type RemediationAction = 'remove' | 'edit' | 'fix';

/** What to do on the platform for one finding, with the link to act on (platform hosts only). */
export interface RemediationSteps {
  title: string;
  steps: string[];
  url: string | null;
  kind: RemediationKind;
  action: RemediationAction;
  /** Why Hindsight shows the steps but never takes them for you (one statement, everywhere). */
  noAutomation: string;
}

/** Posts and findings per month, for the overview's timeline. */
export interface TimelinePoint {
  /** "YYYY-MM" */
  period: string;
  posts: number;
  findings: number;
}

/** What the Export screen asks the shell to save: which document, in which file format. */
export type SaveExportKind = 'checklist' | 'summary' | 'x-deletions';
export type SaveExportFormat = 'csv' | 'md' | 'html' | 'json' | 'pdf' | 'txt';

export interface SaveExportRequest {
  kind: SaveExportKind;
  /** checklist: csv, pdf, html, md, json; summary: pdf, html; x-deletions: txt (ids) or csv. */
  format: SaveExportFormat;
  /** Checklist only: show patient findings' words unmasked. The summary never shows them. */
  showPatientDetails?: boolean;
}

export interface SaveExportResult {
  /** False when the user cancelled the save dialog, or when saving failed (then `error` says why). */
  saved: boolean;
  /** Where the file was written. */
  path: string | null;
  /** One human sentence when the file could not be made or written. */
  error?: string;
}

export interface WorkspaceInfo {
  path: string;
  posts: number;
  archives: number;
}

/**
 * What the renderer sees as `window.hindsight`: the service API without callbacks (progress
 * arrives as events), plus the few things only the shell can do (pick files, open a link).
 * Electron's preload and the browser preview's shim both implement exactly this.
 */
export interface HindsightBridge extends WorkspaceCalls {
  importArchive(path: string): Promise<Result<ImportSummary>>;
  importDemo(): Promise<Result<ImportSummary>>;
  cancelImport(): Promise<void>;
  onImportProgress(listener: (p: ImportProgressEvent) => void): () => void;
  /** Native file dialog; [] when the user cancels. */
  pickArchives(kind: 'zip' | 'folder'): Promise<string[]>;
  /** Path of a dropped File (Electron only; null in the browser preview). */
  pathForFile(file: File): string | null;
  /**
   * Make an export and let the user save it (Electron: the native Save dialog; the preview: a
   * folder on disk). Resolves `{ saved: false, path: null }` when the user cancels.
   */
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  /** Open a post's link in the user's browser; refused (false) unless the host is a platform's own. */
  openExternal(url: string): Promise<boolean>;
  workspaceInfo(): Promise<WorkspaceInfo>;
  /** Delete every archive, post, finding and decision. */
  deleteWorkspace(): Promise<void>;
}
