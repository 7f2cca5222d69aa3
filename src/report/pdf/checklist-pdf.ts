import { auditDocument, type ReportInput, type ReportOptions } from '../audit-model.js';
import { EDITION_LABELS } from '../guidance-text.js';
import { day, guidanceHeading, passLabel, platformLabel, statusLabel, verifiedLabel } from '../labels.js';
import { FONT, PdfWriter } from './layout.js';
import { toWinAnsi } from './winansi.js';

/**
 * The checklist as a PDF: one block per finding rather than a wide table, so long excerpts and
 * step lists wrap on A4 portrait.
 */
export async function renderChecklistPdf(input: ReportInput, options: ReportOptions = {}): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const doc = auditDocument(input, { ...options, generatedAt });
  const pdf = new PdfWriter('Hindsight checklist', `Hindsight · checklist · generated ${day(doc.generatedAt)}`, generatedAt);
  pdf.title(
    'Hindsight checklist',
    `Generated ${day(doc.generatedAt)} · ${doc.archives.length} archive(s), ${doc.posts} posts, ${doc.findings.length} findings · Guidance: ${EDITION_LABELS[input.settings.edition]}`,
  );
  if (doc.warning) pdf.callout(doc.warning, 'warning');
  pdf.callout(doc.statement, 'note');
  doc.findings.forEach((f, i) => {
    pdf.ensure(110);
    pdf.heading(`${i + 1}. ${passLabel(f.pass)} · ${platformLabel(f.platform)} · ${day(f.createdAt) || 'undated'}`, 2);
    pdf.paragraph(`${guidanceHeading(f)} · severity ${f.severity} · ${f.rule}`, { size: 9, font: FONT.sans, color: '#56606b' });
    // Emoji and scripts the PDF fonts lack are dropped; trim what they leave at the edges.
    const quoted = toWinAnsi(f.excerpt).trim();
    if (quoted) pdf.paragraph(`“${quoted}”`, { font: FONT.italic });
    pdf.paragraph(f.explanation, { size: 9.5 });
    const verified = verifiedLabel(f);
    pdf.paragraph(`Decision: ${statusLabel(f.status)}${verified ? ` · ${verified}` : ''}${f.note ? ` · Note: ${f.note}` : ''}`, { size: 9.5, font: FONT.sans });
    if (f.steps) {
      pdf.paragraph(`${f.steps.title}${f.steps.url ? ` (${f.steps.url})` : ''}`, { size: 9.5, font: FONT.sansBold });
      pdf.bullets(f.steps.steps, true);
    }
  });
  if (doc.findings.length === 0) pdf.paragraph('No findings.');
  return pdf.finish();
}
