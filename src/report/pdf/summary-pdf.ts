import type { ReportInput, ReportOptions } from '../audit-model.js';
import { MAX_ITEMS, summaryModel, type DecisionItem } from '../summary-model.js';
import { PdfWriter } from './layout.js';

function decisions(pdf: PdfWriter, title: string, items: DecisionItem[], empty: string): void {
  pdf.heading(items.length ? `${title} (${items.length})` : title, 2);
  if (items.length === 0) return pdf.small(empty);
  const shown = items.slice(0, MAX_ITEMS);
  pdf.table(
    [
      { header: 'Posted', width: 1.3 },
      { header: 'Platform', width: 1.3 },
      { header: 'Concern', width: 1.7 },
      { header: 'Why (your note)', width: 3.6 },
      { header: 'Checked', width: 2.1 },
    ],
    shown.map((i) => [i.date, i.platform, i.topic, i.note || 'No note', i.verified]),
  );
  if (items.length > shown.length) pdf.small(`…and ${items.length - shown.length} more, listed in the checklist.`);
}

/** The appraisal summary as a PDF (the CLI's; the app prints renderSummaryHtml instead). */
export async function renderSummaryPdf(input: ReportInput, options: ReportOptions = {}): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const m = summaryModel(input, { ...options, generatedAt });
  const pdf = new PdfWriter('Social media review: appraisal summary', `Hindsight · appraisal summary · generated ${m.generatedAt.slice(0, 10)}`, generatedAt);
  const t = m.totals;
  pdf.title(
    'Review of my social media against GMC guidance',
    `${m.fullName ? `${m.fullName} · ` : ''}Generated ${m.generatedAt.slice(0, 10)} with Hindsight · Guidance: ${m.edition}`,
  );

  pdf.heading('What I reviewed');
  pdf.paragraph(
    `${t.posts} posts${m.period ? ` written between ${m.period.first} and ${m.period.last}` : ''}, from ${m.archives.length} archive(s) downloaded from the platforms and read on my own computer.`,
  );
  if (m.accounts.length)
    pdf.table(
      [
        { header: 'Platform', width: 2 },
        { header: 'Account', width: 3 },
        { header: 'Posts', width: 1.2, align: 'right' },
        { header: 'First post', width: 1.8 },
        { header: 'Last post', width: 1.8 },
      ],
      m.accounts.map((a) => [a.platformLabel, a.handle, String(a.posts), a.first?.slice(0, 10) ?? '', a.last?.slice(0, 10) ?? '']),
    );
  pdf.table(
    [
      { header: 'Archive', width: 4.2 },
      { header: 'Platform', width: 2 },
      { header: 'Account', width: 2.2 },
      { header: 'Dated', width: 1.6 },
    ],
    m.archives.map((a) => [a.file, a.platform, a.handle, a.date]),
  );

  pdf.heading('What was flagged');
  pdf.paragraph(`${t.findings} finding(s): ${t.removed} to remove, ${t.edited} to edit, ${t.kept} kept after review, ${t.open} not yet decided.`);
  if (m.byGuidance.length)
    pdf.table(
      [
        { header: 'Guidance', width: 4.6 },
        { header: 'Findings', width: 1.05, align: 'right' },
        { header: 'High', width: 0.8, align: 'right' },
        { header: 'Removed', width: 1.15, align: 'right' },
        { header: 'Edited', width: 0.95, align: 'right' },
        { header: 'Kept', width: 0.8, align: 'right' },
        { header: 'Open', width: 0.8, align: 'right' },
      ],
      m.byGuidance.map((g) => [
        `${g.heading}${g.refs ? ` (${g.refs})` : ''}\n${g.paraphrase}`,
        String(g.findings),
        String(g.high),
        String(g.removed),
        String(g.edited),
        String(g.kept),
        String(g.open),
      ]),
    );

  pdf.heading('What I did, and why');
  decisions(pdf, 'Removed', m.removed, 'Nothing was marked for removal.');
  decisions(pdf, 'Edited', m.edited, 'Nothing was marked for editing.');
  decisions(pdf, 'Kept after review', m.kept, 'Nothing was kept after review.');

  pdf.heading('What is verified');
  pdf.paragraph(
    'Hindsight checks a decision when a newer archive of the same account is imported: a removed post must be gone from it (or listed as deleted), an edited post must no longer be flagged.',
  );
  pdf.bullets([
    `${t.verifiedRemoved} removal(s) confirmed by a newer archive.`,
    `${t.verifiedEdited} edit(s) confirmed by a newer archive.`,
    `${t.awaiting} decision(s) awaiting a newer archive.`,
  ]);

  pdf.heading('Reflection');
  pdf.paragraph('Questions to think about before appraisal:');
  pdf.bullets(m.prompts);
  pdf.doc.moveDown(1);
  pdf.small('This summary contains no post text and no patient details. It was produced on my own computer by Hindsight; nothing was uploaded.');
  return pdf.finish();
}
