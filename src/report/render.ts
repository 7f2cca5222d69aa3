import type { ExportFormat } from '../api.js';
import { auditDocument, type ReportInput, type ReportOptions } from './audit-model.js';
import { renderChecklistCsv } from './checklist-csv.js';
import { renderChecklistHtml } from './checklist-html.js';
import { renderChecklistMd } from './checklist-md.js';
import { renderChecklistPdf } from './pdf/checklist-pdf.js';
import { renderSummaryPdf } from './pdf/summary-pdf.js';
import { renderSummaryHtml } from './summary-html.js';

export { renderSummaryHtml } from './summary-html.js';
export type { ReportInput, ReportOptions } from './audit-model.js';

/** The checklist (one row per finding) or the appraisal summary (HTML and PDF only). */
export type ReportKind = 'checklist' | 'summary';
export type ReportFormat = ExportFormat | 'pdf';

export interface ExportOptions extends ReportOptions {
  report?: ReportKind;
}

export const REPORT_FORMATS: Record<ReportKind, readonly ReportFormat[]> = {
  checklist: ['json', 'csv', 'md', 'html', 'pdf'],
  summary: ['html', 'pdf'],
};

/** Null when the pair is valid, else the sentence to show. */
export function reportFormatError(report: ReportKind, format: string): string | null {
  const formats = REPORT_FORMATS[report];
  if (!formats) return `Unknown report "${report}"; use checklist or summary.`;
  return formats.includes(format as ReportFormat) ? null : `The ${report} comes as ${formats.join(' or ')}, not "${format}".`;
}

/**
 * Text exports, as the service's exportReport returns them. Patient details are masked unless
 * `showPatientDetails` is set, and then every format says so in the export itself.
 */
export function renderReport(format: ExportFormat, input: ReportInput, options: ExportOptions = {}): string {
  const report = options.report ?? 'checklist';
  const error = reportFormatError(report, format);
  if (error) throw new Error(error);
  if (report === 'summary') return renderSummaryHtml(input, options);
  const doc = auditDocument(input, options);
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc, null, 2)}\n`;
    case 'csv':
      return renderChecklistCsv(doc);
    case 'md':
      return renderChecklistMd(doc);
    case 'html':
      return renderChecklistHtml(doc);
  }
}

/** Every export including PDF (pdfkit, for the CLI): text formats as strings, PDF as bytes. */
export async function renderReportFile(format: ReportFormat, input: ReportInput, options: ExportOptions = {}): Promise<string | Buffer> {
  if (format !== 'pdf') return renderReport(format, input, options);
  const report = options.report ?? 'checklist';
  const error = reportFormatError(report, format);
  if (error) throw new Error(error);
  return report === 'summary' ? renderSummaryPdf(input, options) : renderChecklistPdf(input, options);
}
