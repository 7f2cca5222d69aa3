/** An in-memory HindsightBridge for the renderer's component tests: records every call. */
import type { FindingQuery, FindingView, HindsightBridge, ImportProgressEvent, ReviewInput, SaveExportRequest, SaveExportResult, TimelinePoint } from '../src/api';
import type { ArchiveInfo, Settings } from '../src/model';
import { stepsFor } from '../src/remediation/steps';
import { xBulkFiles } from '../src/remediation/x-bulk';

export function makeFinding(i: number, over: Partial<FindingView> = {}): FindingView {
  const text = `Post number ${i}: saw a 54 year old patient with a rare condition in Leeds today`;
  const start = text.indexOf('54 year old');
  return {
    id: i + 1,
    pass: i % 2 === 0 ? 'patient' : 'geotag',
    rule: 'individual-patient',
    severity: (['high', 'medium', 'low'] as const)[i % 3],
    subjectType: 'post',
    subjectKey: `post:twitter:${1000 + i}`,
    evidence: [
      { start, end: start + '54 year old'.length, kind: 'age', text: '54 year old' },
      { start: text.indexOf('patient'), end: text.indexOf('patient') + 7, kind: 'patient-reference', text: 'patient' },
    ],
    explanation: 'Mentions a patient with an age and a place.',
    guidance: ['12', '13', '14'],
    passVersion: 1,
    platform: 'twitter',
    postId: String(1000 + i),
    kind: 'post',
    createdAt: `20${String(10 + (i % 10)).padStart(2, '0')}-03-0${1 + (i % 9)}T10:00:00.000Z`,
    account: 'drtest',
    mediaPath: null,
    url: `https://x.com/drtest/status/${1000 + i}`,
    text,
    deleted: false,
    status: 'open',
    note: '',
    decidedAt: null,
    verifiedAt: null,
    ...over,
  };
}

export interface FakeBridge extends HindsightBridge {
  calls: { method: string; args: unknown[] }[];
  findings: FindingView[];
  emitProgress(p: ImportProgressEvent): void;
  /** What the next saveExport resolves (default: saved to /home/doctor/Documents/<kind>.<format>). */
  saveResult: ((r: SaveExportRequest) => SaveExportResult | Promise<SaveExportResult>) | null;
  timelinePoints: TimelinePoint[];
}

export function fakeBridge(count = 250, opts: { importResult?: 'ok' | 'error' } = {}): FakeBridge {
  const findings = Array.from({ length: count }, (_, i) => makeFinding(i));
  const calls: FakeBridge['calls'] = [];
  const listeners = new Set<(p: ImportProgressEvent) => void>();
  let settings: Settings = { fullName: '', declaredInterests: [], sensitivePlaces: [], edition: '2013' };
  const archives: ArchiveInfo[] = [];
  const log = (method: string, ...args: unknown[]) => calls.push({ method, args });

  function filter(q: FindingQuery): FindingView[] {
    return findings.filter(
      (f) =>
        (!q.pass || f.pass === q.pass) &&
        (!q.severity || f.severity === q.severity) &&
        (!q.platform || f.platform === q.platform) &&
        (!q.account || f.account === q.account) &&
        (!q.year || f.createdAt?.startsWith(String(q.year))) &&
        (!q.status || f.status === q.status) &&
        (!q.search || (f.text ?? '').toLowerCase().includes(q.search.toLowerCase())),
    );
  }

  const archive = (): ArchiveInfo => ({
    id: 1,
    platform: 'twitter',
    era: '2022',
    handle: 'drtest',
    fileName: 'twitter-demo.zip',
    contentHash: 'abc',
    importedAt: '2025-01-01T00:00:00.000Z',
    exportedAt: null,
    counts: { posts: 40, media: 3, deleted: 0, skipped: 0 },
  });

  const bridge: FakeBridge = {
    calls,
    findings,
    saveResult: null,
    timelinePoints: [
      { period: '2019-03', posts: 12, findings: 2 },
      { period: '2019-05', posts: 4, findings: 0 },
      { period: '2020-01', posts: 9, findings: 3 },
    ],
    emitProgress: (p) => listeners.forEach((l) => l(p)),
    async importArchive(path) {
      log('importArchive', path);
      if (opts.importResult === 'error') return { ok: false, error: 'This file is not a zip archive.' };
      archives.push(archive());
      return { ok: true, value: { archive: archive(), alreadyImported: false, label: 'X archive (2022+)', skipped: { count: 0, first: [] } } };
    },
    async importDemo() {
      log('importDemo');
      archives.push(archive());
      return { ok: true, value: { archive: archive(), alreadyImported: false, label: 'X archive (2022+)', skipped: { count: 0, first: [] } } };
    },
    async cancelImport() {
      log('cancelImport');
    },
    onImportProgress(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    async pickArchives(kind) {
      log('pickArchives', kind);
      return [];
    },
    pathForFile: () => null,
    async analyse() {
      return { posts: 0, findings: findings.length, byPass: {} };
    },
    async listArchives() {
      return archives;
    },
    async listAccounts() {
      return [{ platform: 'twitter', handle: 'drtest', displayName: 'Dr Test', bio: 'NHS doctor. Views my own.', location: null, url: null, createdAt: null, extra: {}, findings: 1 }];
    },
    async queryFindings(q) {
      log('queryFindings', q);
      const all = filter(q);
      const offset = q.offset ?? 0;
      return all.slice(offset, q.limit ? offset + q.limit : undefined).map((f) => ({ ...f }));
    },
    async countFindings(q) {
      log('countFindings', q);
      return filter(q).length;
    },
    async setReview(r: ReviewInput) {
      log('setReview', r);
      const hit = findings.filter((f) => f.subjectKey === r.subjectKey && f.pass === r.pass && f.rule === r.rule);
      for (const f of hit) Object.assign(f, { status: r.status, note: r.note ?? '', decidedAt: '2025-01-01T00:00:00.000Z' });
      return findings.filter((f) => f.subjectKey === r.subjectKey).map((f) => ({ ...f }));
    },
    async getSettings() {
      return settings;
    },
    async setSettings(s) {
      log('setSettings', s);
      settings = { ...settings, ...s };
      return settings;
    },
    async exportReport() {
      return '';
    },
    async exportXDeletions() {
      log('exportXDeletions');
      const files = xBulkFiles(findings);
      return { idsTxt: files.idsTxt, csv: files.csv, readme: files.readme, count: files.rows.length };
    },
    async timeline() {
      log('timeline');
      return bridge.timelinePoints.map((p) => ({ ...p }));
    },
    async remediationFor(id) {
      log('remediationFor', id);
      const f = findings.find((x) => x.id === id);
      return f ? stepsFor(f) : null;
    },
    async saveExport(request) {
      log('saveExport', request);
      if (bridge.saveResult) return bridge.saveResult(request);
      return { saved: true, path: `/home/doctor/Documents/${request.kind}.${request.format}` };
    },
    async openExternal(url) {
      log('openExternal', url);
      return true;
    },
    async workspaceInfo() {
      return { path: '/tmp/workspace.db', posts: 40, archives: archives.length };
    },
    async deleteWorkspace() {
      log('deleteWorkspace');
      archives.length = 0;
    },
  };
  return bridge;
}
