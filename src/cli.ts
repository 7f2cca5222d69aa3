/**
 * Headless audit: import archives, analyse, print the checklist.
 *   npm run audit -- <archive.zip|folder>... [--db workspace.db] [--format json|csv|md|html] [--out file]
 * Exit 0 on success; on bad input one sentence on stderr and a non-zero exit, never a stack trace.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ExportFormat, ImportProgressEvent } from './api.js';
import { userMessage } from './result.js';
import { createHindsight } from './service.js';

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'html'];
const USAGE = 'Usage: npm run audit -- <archive.zip|folder>... [--db workspace.db] [--format json|csv|md|html] [--out file]';

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
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
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
  const format = values.format as ExportFormat;
  if (!FORMATS.includes(format)) fail(`Unknown format "${values.format}"; use one of ${FORMATS.join(', ')}.`, 2);

  const hs = createHindsight({ dbPath: values.db, analyseAfterImport: false });
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
    hs.analyse();
    const report = hs.exportReport(format);
    if (values.out) writeFileSync(values.out, report);
    else process.stdout.write(report);
    return 0;
  } finally {
    hs.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => fail(userMessage(err)),
);
