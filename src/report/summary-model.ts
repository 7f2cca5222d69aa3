import { archiveDate } from '../remediation/verify.js';
import { auditFindings, type AccountRange, type AuditFinding, type ReportInput, type ReportOptions } from './audit-model.js';
import { EDITION_LABELS, formatRefs } from './guidance-text.js';
import { day, passLabel, platformLabel, statusLabel, verifiedLabel } from './labels.js';

export interface DecisionItem {
  date: string;
  platform: string;
  topic: string;
  decision: string;
  note: string;
  verified: string;
}

export interface GuidanceRow {
  heading: string;
  refs: string;
  paraphrase: string;
  findings: number;
  high: number;
  removed: number;
  edited: number;
  kept: number;
  open: number;
}

/** What the appraisal summary says, computed once for the HTML and the PDF. Never any excerpt. */
export interface SummaryModel {
  generatedAt: string;
  edition: string;
  fullName: string;
  archives: { platform: string; handle: string; file: string; date: string }[];
  accounts: (AccountRange & { platformLabel: string })[];
  period: { first: string; last: string } | null;
  totals: { posts: number; findings: number; open: number; kept: number; removed: number; edited: number; verifiedRemoved: number; verifiedEdited: number; awaiting: number };
  byGuidance: GuidanceRow[];
  removed: DecisionItem[];
  edited: DecisionItem[];
  kept: DecisionItem[];
  prompts: string[];
}

/** Lists longer than this are cut, with a line saying how many more; the checklist has them all. */
export const MAX_ITEMS = 150;

function item(f: AuditFinding): DecisionItem {
  return {
    date: day(f.createdAt),
    platform: platformLabel(f.platform),
    topic: passLabel(f.pass),
    decision: statusLabel(f.status),
    note: f.note,
    verified: verifiedLabel(f),
  };
}

function prompts(passes: Set<string>, kept: number): string[] {
  const out = [
    'Looking at what you removed, what had changed between writing those posts and reading them now: the guidance, your role, or your sense of who reads them?',
  ];
  if (passes.has('patient'))
    out.push('Which details in the flagged posts could, taken together, have let a patient or someone close to them recognise the case? How will you check for that before you post?');
  if (passes.has('interest'))
    out.push('Which of your financial or commercial interests should readers know about, and where will you declare them and keep the declaration current?');
  if (passes.has('anonymity'))
    out.push('When you post as a doctor, can readers tell who is speaking? What did you decide about naming yourself, and why?');
  if (passes.has('geotag'))
    out.push('Which posts or photos revealed where you were, live or work, and which settings have you changed so that it does not happen again?');
  if (kept > 0) out.push('For the posts you kept, what makes you comfortable that they meet the guidance? Would you be content for a patient or your employer to read them?');
  out.push(
    'What will you do differently from now on (privacy settings, a pause before posting, a yearly review of your accounts)?',
    'Is there anything here you would like to discuss with your appraiser or a colleague you trust?',
  );
  return out;
}

export function summaryModel(input: ReportInput, options: ReportOptions = {}): SummaryModel {
  // The summary is for appraisal: patient details stay masked whatever the checklist options say.
  const findings = auditFindings(input, { ...options, showPatientDetails: false });
  const by = (...statuses: string[]) => findings.filter((f) => statuses.includes(f.status));
  const groups = new Map<string, GuidanceRow>();
  for (const f of findings) {
    const key = f.pass;
    const g =
      groups.get(key) ??
      ({
        heading: f.guidanceText?.title ?? passLabel(f.pass),
        refs: formatRefs(f.guidance),
        paraphrase: f.guidanceText?.paraphrase ?? '',
        findings: 0,
        high: 0,
        removed: 0,
        edited: 0,
        kept: 0,
        open: 0,
      } satisfies GuidanceRow);
    g.findings++;
    if (f.severity === 'high') g.high++;
    if (f.status === 'remove' || f.status === 'verified-removed') g.removed++;
    else if (f.status === 'edit' || f.status === 'done') g.edited++;
    else if (f.status === 'keep') g.kept++;
    else g.open++;
    groups.set(key, g);
  }
  const accounts = (input.accounts ?? []).map((a) => ({ ...a, platformLabel: platformLabel(a.platform) }));
  const firsts = accounts.map((a) => a.first).filter((d): d is string => !!d).sort();
  const lasts = accounts.map((a) => a.last).filter((d): d is string => !!d).sort();
  const kept = by('keep');
  return {
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    edition: EDITION_LABELS[input.settings.edition],
    fullName: input.settings.fullName,
    archives: input.archives.map((a) => ({ platform: platformLabel(a.platform), handle: a.handle ?? '', file: a.fileName, date: day(archiveDate(a)) })),
    accounts,
    period: firsts.length && lasts.length ? { first: day(firsts[0]), last: day(lasts[lasts.length - 1]) } : null,
    totals: {
      posts: input.posts,
      findings: findings.length,
      open: by('open').length,
      kept: kept.length,
      removed: by('remove', 'verified-removed').length,
      edited: by('edit', 'done').length,
      verifiedRemoved: by('verified-removed').length,
      verifiedEdited: by('done').length,
      awaiting: by('remove', 'edit').length,
    },
    byGuidance: [...groups.values()],
    removed: by('remove', 'verified-removed').map(item),
    edited: by('edit', 'done').map(item),
    kept: kept.map(item),
    prompts: prompts(new Set(findings.map((f) => f.pass)), kept.length),
  };
}
