import { stringify } from 'csv-stringify/sync';
import { isAllowedExternalUrl } from '../security/allowed-hosts.js';
import type { AuditDocument } from './audit-model.js';
import { day, guidanceLine, passLabel, platformLabel, statusLabel, verifiedLabel } from './labels.js';

export const CHECKLIST_CSV_COLUMNS = [
  'platform',
  'date',
  'link',
  'pass',
  'rule',
  'severity',
  'guidance',
  'decision',
  'note',
  'verified',
  'verified_at',
  'excerpt',
  'action',
  'account',
  'post_id',
  'media_path',
  'explanation',
] as const;

/**
 * One row per finding. When patient details are shown, the first line is a `#` comment with the
 * warning: spreadsheets show it as a row above the header, csv-parse skips it with `comment: '#'`.
 */
export function renderChecklistCsv(doc: AuditDocument): string {
  const body = stringify(
    doc.findings.map((f) => ({
      platform: platformLabel(f.platform),
      date: day(f.createdAt),
      link: f.url && isAllowedExternalUrl(f.url) ? f.url : '',
      pass: passLabel(f.pass),
      rule: f.rule,
      severity: f.severity,
      guidance: guidanceLine(f),
      decision: statusLabel(f.status),
      note: f.note,
      verified: verifiedLabel(f),
      verified_at: f.verifiedAt ?? '',
      excerpt: f.excerpt,
      action: f.steps?.title ?? '',
      account: f.account ?? '',
      post_id: f.postId ?? '',
      media_path: f.mediaPath ?? '',
      explanation: f.explanation,
    })),
    { header: true, columns: [...CHECKLIST_CSV_COLUMNS] },
  );
  return doc.warning ? `# ${doc.warning}\n${body}` : body;
}
