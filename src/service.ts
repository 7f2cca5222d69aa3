import { homedir } from 'node:os';
import { join } from 'node:path';
import type {
  AccountView,
  AnalysisSummary,
  ExportFormat,
  FindingQuery,
  FindingView,
  HindsightApi,
  ImportProgressEvent,
  ImportSummary,
  RemediationSteps,
  ReviewInput,
  TimelinePoint,
  XDeletionFiles,
} from './api.js';
import { analyse } from './analysis/run.js';
import { PASSES } from './analysis/registry.js';
import type { PostInput } from './analysis/types.js';
import { contentHash } from './importers/content-hash.js';
import { detectArchive } from './importers/detect.js';
import { openSource } from './importers/open-source.js';
import type { ArchiveInfo, Platform, Settings } from './model.js';
import { recordAt, storedList } from './importers/source-record.js';
import { verifyAfterImport } from './remediation/verify.js';
import { stepsFor } from './remediation/steps.js';
import { xBulkFiles } from './remediation/x-bulk.js';
import { collectReportInput } from './report/input.js';
import { renderReport, type ExportOptions } from './report/render.js';
import { CancelledError, throwIfAborted, userMessage, type Result } from './result.js';
import { countFindings, queryFindings } from './store/findings-query.js';
import { openWorkspace, type OpenOptions } from './store/workspace.js';

/** The OS's per-user app data folder (what Electron calls userData), without needing Electron. */
export function defaultWorkspacePath(): string {
  const home = homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Hindsight', 'workspace.db');
}

export interface HindsightOptions extends OpenOptions {
  dbPath?: string;
  /** Run the analysis passes after each import (the app and CLI do; some tests don't). */
  analyseAfterImport?: boolean;
}

export type Hindsight = ReturnType<typeof createHindsight>;

/**
 * One service object used by IPC, the CLI and the browser preview (DESIGN.md). Expected
 * failures come back as `{ ok: false, error }` with one human sentence.
 */
export function createHindsight(options: HindsightOptions = {}) {
  const dbPath = options.dbPath ?? defaultWorkspacePath();
  const ws = openWorkspace(dbPath, options);
  const analyseAfterImport = options.analyseAfterImport ?? true;

  async function importArchive(
    path: string,
    onProgress?: (p: ImportProgressEvent) => void,
    signal?: AbortSignal,
  ): Promise<Result<ImportSummary>> {
    const started = Date.now();
    let source;
    try {
      source = await openSource(path);
    } catch (err) {
      return { ok: false, error: userMessage(err) };
    }
    try {
      const { importer, detection } = detectArchive(source);
      const hash = contentHash(source);
      const existing = ws.archiveByHash(hash);
      if (existing) {
        return { ok: true, value: { archive: existing, alreadyImported: true, label: detection.label, skipped: { count: existing.counts.skipped, first: [] } } };
      }
      throwIfAborted(signal);
      const progress: ImportProgressEvent = {
        archive: source.name,
        entriesRead: 0,
        entriesTotal: source.entries.length,
        postsFound: 0,
        bytesRead: 0,
        bytesTotal: source.entries.reduce((n, e) => n + e.size, 0),
        current: '',
        elapsedMs: 0,
      };
      const writer = ws.beginImport({ platform: detection.platform, era: detection.era, fileName: source.name, contentHash: hash });
      let handle: string | null = null;
      let lastReport = 0;
      const report = (force = false): void => {
        const now = Date.now();
        if (!onProgress || (!force && now - lastReport < 100)) return;
        lastReport = now;
        onProgress({ ...progress, elapsedMs: now - started });
      };
      try {
        const ctx = {
          signal,
          onEntry(entry: string, bytes: number) {
            progress.entriesRead++;
            progress.bytesRead += bytes;
            progress.current = entry;
            report();
          },
        };
        let records = 0;
        for await (const record of importer.read(source, detection, ctx)) {
          throwIfAborted(signal);
          // Let progress events, a Cancel click and other requests through during long imports.
          if (++records % 1000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
          switch (record.type) {
            case 'account':
              writer.account(record.account);
              handle ??= record.account.handle;
              break;
            case 'post':
              writer.post(record.post);
              progress.postsFound++;
              break;
            case 'media':
              writer.media(record.media);
              break;
            case 'sourceEntry':
              writer.sourceEntry(record.path, record.stored);
              break;
            case 'exportedAt':
              writer.exportedAt(record.date);
              break;
            case 'skipped':
              writer.skipped(record);
              break;
          }
        }
        throwIfAborted(signal);
        const archive = writer.commit(handle);
        progress.entriesRead = progress.entriesTotal;
        progress.bytesRead = progress.bytesTotal;
        report(true);
        const skipped = ws.listArchives().find((a) => a.id === archive.id)?.skippedDetail ?? [];
        if (analyseAfterImport) runAnalysis();
        verifyAfterImport(ws.db, archive);
        return { ok: true, value: { archive, alreadyImported: false, label: detection.label, skipped: { count: archive.counts.skipped, first: skipped } } };
      } catch (err) {
        writer.rollback();
        throw err;
      }
    } catch (err) {
      if (err instanceof CancelledError) return { ok: false, error: err.message };
      return { ok: false, error: userMessage(err) };
    } finally {
      await source.close();
    }
  }

  function runAnalysis(): AnalysisSummary {
    const settings = ws.getSettings();
    const accounts = ws.listAccounts();
    const byHandle = new Map(accounts.map((a) => [`${a.platform}:${a.handle}`, a]));
    function* posts(): Generator<PostInput> {
      for (const item of ws.iteratePostsWithMedia()) {
        yield { ...item, account: byHandle.get(`${item.post.platform}:${item.post.account}`) ?? null };
      }
    }
    const findings = analyse({ accounts, posts: posts(), looseMedia: ws.looseMedia() }, { settings });
    ws.replaceFindings(findings, Object.fromEntries(PASSES.map((p) => [p.id, p.version])));
    const byPass: Record<string, number> = {};
    for (const f of findings) byPass[f.pass] = (byPass[f.pass] ?? 0) + 1;
    return { posts: ws.countPosts(), findings: findings.length, byPass };
  }

  /** Findings are stale when a pass's version changed since they were computed. */
  function analysisIsStale(): boolean {
    const stored = ws.passVersions();
    return PASSES.some((p) => stored[p.id] !== p.version);
  }

  function listAccounts(): AccountView[] {
    const counts = new Map<string, number>();
    for (const row of ws.db.prepare("SELECT subject_key, count(*) AS n FROM findings WHERE subject_type = 'account' GROUP BY subject_key").all() as {
      subject_key: string;
      n: number;
    }[])
      counts.set(row.subject_key, row.n);
    return ws.listAccounts().map((a) => ({ ...a, findings: counts.get(`account:${a.platform}:${a.handle}`) ?? 0 }));
  }

  function setSettings(s: Partial<Settings>): Settings {
    const next = { ...ws.getSettings(), ...s };
    ws.setSettings(next);
    return next;
  }

  function setReview(r: ReviewInput): FindingView[] {
    ws.setReview({ subjectKey: r.subjectKey, pass: r.pass, rule: r.rule, status: r.status, note: r.note ?? '' });
    return queryFindings(ws.db, { subjectKey: r.subjectKey });
  }

  /** The checklist (or, with `report: 'summary'`, the appraisal summary as HTML); patient details masked unless asked. */
  function timeline(): TimelinePoint[] {
    return ws.db
      .prepare(
        `SELECT period, sum(posts) AS posts, sum(findings) AS findings FROM (
           SELECT substr(created_at, 1, 7) AS period, count(*) AS posts, 0 AS findings FROM posts GROUP BY period
           UNION ALL
           SELECT substr(coalesce(p.created_at, mp.created_at, m.taken_at), 1, 7) AS period, 0, count(*)
             FROM findings f
             LEFT JOIN posts p ON f.subject_type = 'post' AND p.subject_key = f.subject_key
             LEFT JOIN media m ON f.subject_type = 'media' AND m.subject_key = f.subject_key
             LEFT JOIN posts mp ON mp.platform = m.platform AND mp.native_id = m.post_native_id
            WHERE f.subject_type != 'account' GROUP BY period)
         WHERE period IS NOT NULL GROUP BY period ORDER BY period`,
      )
      .all() as TimelinePoint[];
  }

  /** The platform steps for one finding (by its id in the workspace); null when it no longer exists. */
  function remediationFor(findingId: number): RemediationSteps | null {
    const f = queryFindings(ws.db, { id: findingId })[0];
    return f ? stepsFor(f) : null;
  }

  // The last kept data file read for a raw record: records are usually asked for near each other.
  let lastEntry: { id: number; list: unknown[] } | null = null;
  /** A post's source record exactly as the export had it; null when there is no such post. */
  function sourceRecord(platform: Platform, nativeId: string): unknown {
    const src = ws.sourceOfPost(platform, nativeId);
    if (!src) return null;
    if (src.kind === 'json') return JSON.parse(src.json) as unknown;
    if (lastEntry?.id !== src.entryId) lastEntry = { id: src.entryId, list: storedList(src.stored) };
    return recordAt(lastEntry.list, src.index, src.itemKey);
  }

  function exportXDeletions(): XDeletionFiles {
    const files = xBulkFiles(queryFindings(ws.db, {}));
    return { idsTxt: files.idsTxt, csv: files.csv, readme: files.readme, count: files.rows.length };
  }

  function exportReport(format: ExportFormat, options: ExportOptions = {}): string {
    return renderReport(format, collectReportInput(ws), options);
  }

  /** The handler object handed to IPC and the preview server: plain async functions. */
  const api: HindsightApi = {
    importArchive,
    analyse: async () => runAnalysis(),
    listArchives: async (): Promise<ArchiveInfo[]> => ws.listArchives(),
    listAccounts: async () => listAccounts(),
    queryFindings: async (q: FindingQuery) => queryFindings(ws.db, q),
    countFindings: async (q: FindingQuery) => countFindings(ws.db, q),
    setReview: async (r) => setReview(r),
    getSettings: async () => ws.getSettings(),
    setSettings: async (s) => {
      const next = setSettings(s);
      runAnalysis();
      return next;
    },
    exportReport: async (format, options) => exportReport(format, options),
    exportXDeletions: async () => exportXDeletions(),
    timeline: async () => timeline(),
    remediationFor: async (id) => remediationFor(id),
  };

  // A newer Hindsight may have changed a pass: recompute findings now (reviews are kept apart).
  if (analyseAfterImport && analysisIsStale() && ws.countPosts() > 0) runAnalysis();

  return {
    api,
    dbPath,
    workspace: ws,
    importArchive,
    analyse: runAnalysis,
    analysisIsStale,
    listArchives: () => ws.listArchives(),
    listAccounts,
    queryFindings: (q: FindingQuery = {}) => queryFindings(ws.db, q),
    countFindings: (q: FindingQuery = {}) => countFindings(ws.db, q),
    setReview,
    getSettings: () => ws.getSettings(),
    setSettings,
    exportReport,
    exportXDeletions,
    timeline,
    remediationFor,
    sourceRecord,
    countPosts: () => ws.countPosts(),
    close: () => ws.close(),
  };
}
