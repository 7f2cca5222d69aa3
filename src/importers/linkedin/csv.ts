import { parse } from 'csv-parse/sync';
import type { ArchiveSource } from '../source.js';
import type { ImportContext } from '../types.js';

/** One data row keyed by the header's column names, with the line it started on (for skip reports). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  /** Cells beyond the header (a row that did not split cleanly). */
  extra: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows the CSV reader could not parse at all, with the reason. Reported as `skipped`, never dropped. */
  errors: { line: number | null; reason: string }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, €). Node's TextDecoder
 * without full ICU decodes "windows-1252" as plain Latin-1, so those 27 bytes are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * LinkedIn exports are UTF-8, sometimes with a BOM; some older files were written as Windows-1252,
 * so decoding retries with it when UTF-8 fails (the fallback linkedin-analyzer also uses).
 */
export function decodeCsvBytes(bytes: Buffer): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface CsvOptions {
  /**
   * Comments.csv and messages.csv escape quotes inside quoted cells with a backslash (\"), not by
   * doubling them as Shares.csv does (LinkedIn, every era seen).
   */
  backslashEscape?: boolean;
  /** Connections.csv opens with "Notes:" lines before its header. */
  headerMatch?: (cells: string[]) => boolean;
}

/**
 * With backslash as the escape character the reader drops a backslash before any character, so a
 * comment holding "C:\\temp" would lose it. Inside quoted cells, a backslash that does not escape a
 * quote or another backslash is doubled first so that it survives as written.
 */
export function protectLoneBackslashes(text: string): string {
  let out = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '\\') {
        const next = text[i + 1];
        out += next === '"' || next === '\\' ? c + next : '\\\\';
        if (next === '"' || next === '\\') i++;
        continue;
      }
      if (c === '"') quoted = false;
      out += c;
      continue;
    }
    if (c === '"' && fieldStart) quoted = true;
    fieldStart = c === ',' || c === '\n' || c === '\r';
    out += c;
  }
  return out;
}

/** Parse CSV text tolerantly: stray quotes and ragged rows are read, and unreadable rows become errors. */
export function parseCsv(text: string, opts: CsvOptions = {}): CsvTable {
  const records: { record: string[]; line: number }[] = [];
  const errors: CsvTable['errors'] = [];
  if (opts.backslashEscape) text = protectLoneBackslashes(text);
  try {
    parse(text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      escape: opts.backslashEscape ? '\\' : '"',
      skip_records_with_error: true,
      on_skip: (err) => {
        errors.push({ line: (err as { lines?: number } | undefined)?.lines ?? null, reason: err?.message ?? 'unreadable row' });
        return undefined;
      },
      // Collected here rather than returned, so rows read before a fatal error are kept.
      on_record: (record, context) => {
        records.push({ record, line: context.lines });
        return null;
      },
    });
  } catch (err) {
    errors.push({ line: null, reason: err instanceof Error ? err.message : String(err) });
  }
  const headerAt = opts.headerMatch ? records.findIndex((r) => opts.headerMatch!(r.record)) : 0;
  if (headerAt < 0 || records.length === 0) return { header: [], rows: [], errors };
  const header = records[headerAt]!.record.map((h) => h.trim());
  const rows: CsvRow[] = records.slice(headerAt + 1).map(({ record, line }) => {
    const cells: Record<string, string> = {};
    header.forEach((h, i) => (cells[h] = record[i] ?? ''));
    return { line, cells, extra: Math.max(0, record.length - header.length) };
  });
  return { header, rows, errors };
}

/** Read, decode and parse one CSV entry, reporting it as read. */
export async function readCsv(source: ArchiveSource, path: string, ctx: ImportContext, opts: CsvOptions = {}): Promise<CsvTable> {
  const bytes = await source.read(path);
  ctx.onEntry(path, bytes.length);
  return parseCsv(decodeCsvBytes(bytes), opts);
}

/** Case- and space-insensitive column lookup ("Geo Location" vs "GeoLocation" in some exports). */
export function cell(row: CsvRow, ...names: string[]): string {
  const wanted = names.map((n) => n.toLowerCase().replace(/[\s_]/g, ''));
  for (const [k, v] of Object.entries(row.cells)) {
    if (wanted.includes(k.toLowerCase().replace(/[\s_]/g, ''))) return v;
  }
  return '';
}
