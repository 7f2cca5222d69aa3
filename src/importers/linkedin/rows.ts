import type { ImportRecord } from '../types.js';
import type { CsvRow, CsvTable } from './csv.js';

/** The CSV reader's own errors as skipped records: counted and shown, never silently dropped. */
export function* skippedFromErrors(table: CsvTable, file: string): Generator<ImportRecord> {
  for (const e of table.errors) {
    yield { type: 'skipped', file, id: e.line === null ? null : `line ${e.line}`, reason: `unreadable CSV row (${e.reason})` };
  }
}

export function skipRow(file: string, row: CsvRow, reason: string): ImportRecord {
  return { type: 'skipped', file, id: `line ${row.line}`, reason };
}
