import type Database from 'better-sqlite3';
import type { FindingQuery, FindingView } from '../api.js';
import type { EvidenceSpan, Platform, PostKind, ReviewStatus, Severity, SubjectType } from '../model.js';

interface FindingRow {
  id: number;
  pass: string;
  rule: string;
  severity: Severity;
  subject_type: SubjectType;
  subject_key: string;
  evidence: string;
  explanation: string;
  guidance: string;
  pass_version: number;
  post_id: string | null;
  kind: PostKind | null;
  created_at: string | null;
  account: string | null;
  media_path: string | null;
  url: string | null;
  text: string | null;
  deleted: number | null;
  status: ReviewStatus | null;
  note: string | null;
  decided_at: string | null;
  verified_at: string | null;
}

/**
 * Findings joined to their subject (post, media and its post, or account) and to the review
 * decision. Subjects are matched on their stable keys, so reviews survive re-analysis.
 */
const BASE = `
  FROM findings f
  LEFT JOIN posts p ON f.subject_type = 'post' AND p.subject_key = f.subject_key
  LEFT JOIN media m ON f.subject_type = 'media' AND m.subject_key = f.subject_key
  LEFT JOIN posts mp ON m.id IS NOT NULL AND mp.platform = m.platform AND mp.native_id = m.post_native_id
  LEFT JOIN accounts a ON f.subject_type = 'account' AND ('account:' || a.platform || ':' || a.handle) = f.subject_key
  LEFT JOIN reviews r ON r.subject_key = f.subject_key AND r.pass = f.pass AND r.rule = f.rule`;

const SELECT = `SELECT f.*,
    coalesce(p.native_id, m.post_native_id) AS post_id,
    coalesce(p.kind, mp.kind) AS kind,
    coalesce(p.created_at, mp.created_at, m.taken_at, a.created_at) AS created_at,
    coalesce(p.account, mp.account, a.handle) AS account,
    m.path AS media_path,
    coalesce(p.url, mp.url, a.url) AS url,
    coalesce(p.text, mp.text, a.bio) AS text,
    coalesce(p.deleted, mp.deleted, 0) AS deleted,
    r.status, r.note, r.decided_at, r.verified_at`;

const SEVERITY_ORDER = `CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

function where(q: FindingQuery): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.pass) (clauses.push('f.pass = @pass'), (params.pass = q.pass));
  if (q.id !== undefined) (clauses.push('f.id = @id'), (params.id = q.id));
  if (q.subjectKey) (clauses.push('f.subject_key = @subjectKey'), (params.subjectKey = q.subjectKey));
  if (q.severity) (clauses.push('f.severity = @severity'), (params.severity = q.severity));
  if (q.platform) (clauses.push("substr(f.subject_key, instr(f.subject_key, ':') + 1) LIKE @platform || ':%'"), (params.platform = q.platform));
  if (q.account) (clauses.push('coalesce(p.account, mp.account, a.handle) = @account'), (params.account = q.account));
  if (q.year) (clauses.push("substr(coalesce(p.created_at, mp.created_at, m.taken_at, a.created_at), 1, 4) = @year"), (params.year = String(q.year)));
  if (q.status) (clauses.push("coalesce(r.status, 'open') = @status"), (params.status = q.status));
  if (q.search && q.search.trim()) {
    clauses.push('coalesce(p.id, mp.id) IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH @search)');
    params.search = ftsQuery(q.search);
  }
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Turn what a user types into a safe FTS5 query: every word a quoted prefix term. */
export function ftsQuery(input: string): string {
  return input
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter(Boolean)
    .map((w) => `"${w}"*`)
    .join(' ');
}

function view(r: FindingRow): FindingView {
  const platform = r.subject_key.split(':')[1] as Platform;
  return {
    id: r.id,
    pass: r.pass,
    rule: r.rule,
    severity: r.severity,
    subjectType: r.subject_type,
    subjectKey: r.subject_key,
    evidence: JSON.parse(r.evidence) as EvidenceSpan[],
    explanation: r.explanation,
    guidance: JSON.parse(r.guidance) as string[],
    passVersion: r.pass_version,
    platform,
    postId: r.post_id,
    kind: r.kind,
    createdAt: r.created_at,
    account: r.account,
    mediaPath: r.media_path,
    url: r.url,
    text: r.text,
    deleted: r.deleted === 1,
    status: r.status ?? 'open',
    note: r.note ?? '',
    decidedAt: r.decided_at,
    verifiedAt: r.verified_at,
  };
}

export function queryFindings(db: Database.Database, q: FindingQuery): FindingView[] {
  const { sql, params } = where(q);
  const limit = Math.trunc(Number(q.limit ?? -1)) || -1;
  const offset = Math.max(0, Math.trunc(Number(q.offset ?? 0)) || 0);
  const rows = db
    .prepare(`${SELECT} ${BASE} ${sql} ORDER BY ${SEVERITY_ORDER}, coalesce(p.created_at, mp.created_at, m.taken_at) DESC, f.id LIMIT ${limit} OFFSET ${offset}`)
    .all(params) as FindingRow[];
  return rows.map(view);
}

export function countFindings(db: Database.Database, q: FindingQuery): number {
  const { sql, params } = where(q);
  return (db.prepare(`SELECT count(*) AS n ${BASE} ${sql}`).get(params) as { n: number }).n;
}
