import type { FindingView } from '../api.js';
import type { ArchiveInfo, EvidenceSpan, Settings } from '../model.js';
import { NO_AUTOMATION_STATEMENT } from '../remediation/no-automation.js';
import { stepsFor, type RemediationSteps } from '../remediation/steps.js';
import { guidanceFor, type GuidanceText } from './guidance-text.js';
import { PATIENT_DETAILS_WARNING, redactPatientText, redactSpan } from './redact.js';

/** Posts of one account in the workspace: what was reviewed, for the summary. */
export interface AccountRange {
  platform: string;
  handle: string;
  posts: number;
  first: string | null;
  last: string | null;
}

/** Everything a report is made from, read from the workspace by the service (see input.ts). */
export interface ReportInput {
  archives: ArchiveInfo[];
  posts: number;
  findings: FindingView[];
  settings: Settings;
  /** When each decision was verified, keyed `subjectKey|pass|rule` (verify.ts verificationDates). */
  verifiedAt?: ReadonlyMap<string, string>;
  accounts?: AccountRange[];
}

export interface ReportOptions {
  // Kept in step with ExportReportOptions in src/api.ts (what the UI may ask for).
  /** Show patient findings' words unmasked; the export then carries a warning line. */
  showPatientDetails?: boolean;
  /** Fixed by tests; the export's "generated" date. */
  generatedAt?: Date;
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
  /** Paragraph references of the active edition. */
  guidance: string[];
  guidanceText: GuidanceText | null;
  evidence: EvidenceSpan[];
  explanation: string;
  status: string;
  note: string;
  /** Set when a newer archive confirmed the decision (removed, or edited and no longer flagged). */
  verifiedAt: string | null;
  /** A short excerpt of the post (or bio), masked for patient findings unless asked otherwise. */
  excerpt: string;
  /** True when patient details were masked in excerpt, evidence, explanation and note. */
  redacted: boolean;
  /** What to do on the platform, for findings marked remove or edit. */
  steps: RemediationSteps | null;
  subjectKey: string;
  kind: string | null;
  subjectType: string;
  deleted: boolean;
}

export interface AuditDocument {
  generatedAt: string;
  edition: string;
  statement: string;
  warning: string | null;
  archives: ArchiveInfo[];
  posts: number;
  findings: AuditFinding[];
}

export function excerpt(text: string | null, max = 160): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const VERIFIED_STATUSES = new Set(['verified-removed', 'done']);

/**
 * A subject with a patient finding has all of its findings masked: a geotag finding on the same
 * post must not reprint the patient's details the patient finding hides.
 */
function patientSpansBySubject(findings: readonly FindingView[]): Map<string, EvidenceSpan[]> {
  const out = new Map<string, EvidenceSpan[]>();
  for (const f of findings) {
    if (f.pass !== 'patient') continue;
    out.set(f.subjectKey, [...(out.get(f.subjectKey) ?? []), ...f.evidence]);
  }
  return out;
}

export function auditFindings(input: ReportInput, options: ReportOptions = {}): AuditFinding[] {
  const spans = options.showPatientDetails ? new Map<string, EvidenceSpan[]>() : patientSpansBySubject(input.findings);
  return input.findings.map((f) => {
    const patientSpans = spans.get(f.subjectKey);
    const redact = patientSpans !== undefined;
    const mask = (s: string): string => (redact ? redactPatientText(s, patientSpans) : s);
    const text = f.text ?? '';
    const guidanceText = guidanceFor(f.pass, input.settings.edition);
    const verifiedAt = VERIFIED_STATUSES.has(f.status) ? (input.verifiedAt?.get(`${f.subjectKey}|${f.pass}|${f.rule}`) ?? null) : null;
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
      guidance: guidanceText?.refs ?? f.guidance,
      guidanceText,
      evidence: redact ? f.evidence.map((e) => (f.pass === 'patient' ? redactSpan(e) : { ...e, text: mask(e.text) })) : f.evidence,
      explanation: mask(f.explanation),
      status: f.status,
      note: mask(f.note),
      verifiedAt,
      // Mask the whole text first, then cut: cutting first could split a name the mask would catch.
      excerpt: excerpt(redact ? redactPatientText(text, patientSpans) : text),
      redacted: redact,
      steps: f.status === 'remove' || f.status === 'edit' ? stepsFor(f) : null,
      subjectKey: f.subjectKey,
      kind: f.kind,
      subjectType: f.subjectType,
      deleted: f.deleted,
    };
  });
}

export function auditDocument(input: ReportInput, options: ReportOptions = {}): AuditDocument {
  return {
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    edition: input.settings.edition,
    statement: NO_AUTOMATION_STATEMENT,
    warning: options.showPatientDetails ? PATIENT_DETAILS_WARNING : null,
    archives: input.archives,
    posts: input.posts,
    findings: auditFindings(input, options),
  };
}

/** Kept for callers of the first version: one finding, unmasked, without report context. */
export function auditFinding(f: FindingView): AuditFinding {
  return auditFindings({ archives: [], posts: 0, findings: [f], settings: { fullName: '', declaredInterests: [], sensitivePlaces: [], edition: '2013' } }, { showPatientDetails: true })[0]!;
}
