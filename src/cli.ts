/**
 * Headless audit: import archives, analyse, write the checklist or the appraisal summary.
 *   npm run audit -- <archive.zip|folder>... [--db workspace.db] [--format json|csv|md|html|pdf] [--out file]
 *                    [--report checklist|summary] [--show-patient-details] [--x-deletions folder]
 * Exit 0 on success; on bad input one sentence on stderr and a non-zero exit, never a stack trace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportProgressEvent } from './api.js';
import { NO_AUTOMATION_STATEMENT } from './remediation/no-automation.js';
import { xBulkFiles } from './remediation/x-bulk.js';
import { collectReportInput } from './report/input.js';
import { renderReportFile, reportFormatError, type ReportFormat, type ReportKind } from './report/render.js';
import { userMessage } from './result.js';
import { createHindsight } from './service.js';

const FORMATS: readonly ReportFormat[] = ['json', 'csv', 'md', 'html', 'pdf'];
const USAGE = [
  'Usage: npm run audit -- <archive.zip|folder>... [--db workspace.db] [--format json|csv|md|html|pdf] [--out file]',
  '         [--report checklist|summary] [--show-patient-details] [--x-deletions folder]',
  '  --report summary          the appraisal summary (html or pdf) instead of the checklist',
  '  --show-patient-details    do not mask patient details (the export then carries a warning)',
  '  --x-deletions folder      also write the X posts marked remove as x-delete-ids.txt and x-delete.csv',
  '  --out                     required for pdf',
].join('\n');

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function progressLine(p: ImportProgressEvent): string {
  const pct = p.bytesTotal ? Math.floor((100 * p.bytesRead) / p.bytesTotal) : 0;
  const rate = p.elapsedMs > 0 ? p.bytesRead / p.elapsedMs : 0;
  const left = rate > 0 ? Math.ceil((p.bytesTotal - p.bytesRead) / rate / 1000) : 0;
  return `${p.archive}: ${pct}% · ${p.entriesRead}/${p.entriesTotal} entries · ${p.postsFound} posts · ~${left}s left`;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string', default: 'checklist' },
        'show-patient-details': { type: 'boolean', default: false },
        'x-deletions': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message.split('\n')[0]}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) fail(USAGE, 2);
  const report = values.report as ReportKind;
  const format = (values.format ?? (report === 'summary' ? 'html' : 'json')) as ReportFormat;
  if (!FORMATS.includes(format)) fail(`Unknown format "${values.format}"; use one of ${FORMATS.join(', ')}.`, 2);
  const pairError = reportFormatError(report, format);
  if (pairError) fail(pairError, 2);
  // A PDF on a terminal is garbage, and a pipe is easy to forget: ask for a file.
  if (format === 'pdf' && !values.out) fail('A PDF needs a file to go to: add --out report.pdf.', 2);

  const hs = createHindsight({ dbPath: values.db });
  const tty = process.stderr.isTTY;
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    for (const path of positionals) {
      const result = await hs.importArchive(
        path,
        tty ? (p) => process.stderr.write(`\r\x1b[K${progressLine(p)}`) : undefined,
        controller.signal,
      );
      if (tty) process.stderr.write('\r\x1b[K');
      if (!result.ok) fail(result.error);
      const { archive, alreadyImported, label, skipped } = result.value;
      if (tty) {
        process.stderr.write(
          alreadyImported
            ? `${archive.fileName}: already in the workspace; nothing changed.\n`
            : `${archive.fileName}: ${label}, ${archive.counts.posts} posts, ${archive.counts.media} media.\n`,
        );
      }
      if (skipped.count > 0) {
        const ids = skipped.first.map((s) => s.id ?? s.file).slice(0, 5).join(', ');
        process.stderr.write(`${archive.fileName}: ${skipped.count} record(s) could not be read and were skipped (first: ${ids}).\n`);
      }
    }
    // Each import re-analyses; a workspace made by an older Hindsight is brought up to date here.
    if (hs.analysisIsStale()) hs.analyse();
    const input = collectReportInput(hs.workspace);
    const output = await renderReportFile(format, input, { report, showPatientDetails: values['show-patient-details'] });
    if (values['show-patient-details']) process.stderr.write('Patient details are NOT masked in this export; do not share it.\n');
    if (values['x-deletions']) {
      const dir = values['x-deletions'];
      const files = xBulkFiles(input.findings);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'x-delete-ids.txt'), files.idsTxt);
      writeFileSync(join(dir, 'x-delete.csv'), files.csv);
      writeFileSync(join(dir, 'README.txt'), files.readme);
      process.stderr.write(`${files.rows.length} X post(s) marked remove written to ${dir}.\n${NO_AUTOMATION_STATEMENT}\n`);
    }
    if (values.out) writeFileSync(values.out, output);
    else process.stdout.write(output);
    return 0;
  } finally {
    hs.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => fail(userMessage(err)),
);
