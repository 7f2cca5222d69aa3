import { PLATFORM_LABELS, type Platform } from '../model.js';
import type { AuditFinding } from './audit-model.js';
import { formatRefs } from './guidance-text.js';

/** Words a doctor reads in the exports, one place so every format says the same thing. */
export const STATUS_LABELS: Record<string, string> = {
  open: 'Not yet decided',
  keep: 'Keep',
  remove: 'Remove',
  edit: 'Edit',
  done: 'Edited',
  'verified-removed': 'Removed (verified)',
};

export const PASS_LABELS: Record<string, string> = {
  patient: 'Patient confidentiality',
  interest: 'Conflict of interest',
  anonymity: 'Anonymity',
  geotag: 'Location',
  colleague: 'Respect for colleagues',
  advertising: 'Advertising',
  boundary: 'Professional boundaries',
};

export function platformLabel(p: string): string {
  return PLATFORM_LABELS[p as Platform] ?? p;
}

export function passLabel(pass: string): string {
  return PASS_LABELS[pass] ?? pass;
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** "Verified 2024-03-01" for confirmed decisions, else "". */
export function verifiedLabel(f: AuditFinding): string {
  if (f.status === 'verified-removed') return f.verifiedAt ? `Gone from the archive of ${day(f.verifiedAt)}` : 'Verified';
  if (f.status === 'done') return f.verifiedAt ? `No longer flagged in the archive of ${day(f.verifiedAt)}` : 'Edited';
  if (f.status === 'remove' || f.status === 'edit') return 'Awaiting a newer archive';
  return '';
}

/** "¶12, ¶13: Maintaining confidentiality" (no numbers when the edition has none confirmed). */
export function guidanceHeading(f: AuditFinding): string {
  const refs = formatRefs(f.guidance);
  const title = f.guidanceText?.title ?? passLabel(f.pass);
  return refs ? `${refs}: ${title}` : title;
}

/** The heading plus the short paraphrase, for one-cell formats (CSV). */
export function guidanceLine(f: AuditFinding): string {
  return f.guidanceText ? `${guidanceHeading(f)}. ${f.guidanceText.paraphrase}` : guidanceHeading(f);
}

/** Where a finding points: the post, or (media) the file inside the archive, or the profile. */
export function subjectLabel(f: AuditFinding): string {
  if (f.subjectType === 'account') return 'Profile';
  if (f.subjectType === 'media') return 'Photo';
  return f.kind ? f.kind[0]!.toUpperCase() + f.kind.slice(1) : 'Post';
}
