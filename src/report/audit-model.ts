import type { FindingView } from '../api.js';
import type { ArchiveInfo, Settings } from '../model.js';

/** Everything a report is made from, read from the workspace by the service. */
export interface ReportInput {
  archives: ArchiveInfo[];
  posts: number;
  findings: FindingView[];
  settings: Settings;
}

/** One finding as the CLI's JSON and every checklist format list it (DESIGN.md, "Interfaces"). */
export interface AuditFinding {
  pass: string;
  rule: string;
  severity: string;
  platform: string;
  postId: string | null;
  createdAt: string | null;
  account: string | null;
  mediaPath: string | null;
  url: string | null;
  guidance: string[];
  evidence: { start: number; end: number; kind: string; text: string; field?: string }[];
  explanation: string;
  status: string;
  note: string;
  subjectKey: string;
}

export function auditFinding(f: FindingView): AuditFinding {
  return {
    pass: f.pass,
    rule: f.rule,
    severity: f.severity,
    platform: f.platform,
    postId: f.postId,
    createdAt: f.createdAt,
    account: f.account,
    mediaPath: f.mediaPath,
    url: f.url,
    guidance: f.guidance,
    evidence: f.evidence,
    explanation: f.explanation,
    status: f.status,
    note: f.note,
    subjectKey: f.subjectKey,
  };
}
