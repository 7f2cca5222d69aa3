import { throwIfAborted } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { cell, readCsv } from './csv.js';
import { skipRow, skippedFromErrors } from './rows.js';
import { remoteMedia } from './shares.js';
import { present } from './values.js';

/**
 * Rich_Media.csv: `Date/Time, Media Description, Media Link`. The files stay on LinkedIn's CDN, so
 * these are media rows with a source URL and no file; the description sentence ("You uploaded a
 * feed photo on ...") tells photo from video.
 */
export async function* readRichMedia(source: ArchiveSource, path: string, ctx: ImportContext): AsyncGenerator<ImportRecord> {
  const table = await readCsv(source, path, ctx);
  yield* skippedFromErrors(table, path);
  for (const row of table.rows) {
    throwIfAborted(ctx.signal);
    const link = present(cell(row, 'Media Link'));
    const description = present(cell(row, 'Media Description'));
    if (!/^https?:\/\//i.test(link)) {
      yield skipRow(path, row, 'no media link');
      continue;
    }
    const hint = `${description} ${present(cell(row, 'Date/Time'))}`;
    yield { type: 'media', media: remoteMedia(link, null, description || null, hint) };
  }
}
