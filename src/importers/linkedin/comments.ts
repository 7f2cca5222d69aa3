import type { Post } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { cell, readCsv, type CsvRow } from './csv.js';
import { skipRow, skippedFromErrors } from './rows.js';
import { cleanCommentMessage } from './text.js';
import { linkedinDate, linkedinUrl, present, shortHash, urnFromLink } from './values.js';

/**
 * One row of Comments.csv (`Date,Link,Message`). `Link` is the post that was commented on, not the
 * comment, and a comment has no id of its own, so the id is derived:
 *   "li-comment-" + first 20 hex of sha256(Date ⏎ Link ⏎ first 20 hex of sha256(Message)).
 */
export function commentFromRow(row: CsvRow, file: string, handle: string): Post | ImportRecord {
  if (row.extra > 0) return skipRow(file, row, `the row has ${row.extra} more cells than the header (a quote in it did not close)`);
  const rawDate = cell(row, 'Date');
  const createdAt = linkedinDate(rawDate);
  if (!createdAt) return skipRow(file, row, `unreadable date "${rawDate.slice(0, 40)}"`);
  const link = present(cell(row, 'Link'));
  const text = cleanCommentMessage(present(cell(row, 'Message')));
  return {
    platform: 'linkedin',
    nativeId: `li-comment-${shortHash(createdAt, link, shortHash(text))}`,
    kind: 'comment',
    createdAt,
    text,
    language: null,
    replyToId: link ? urnFromLink(link) : null,
    replyToHandle: null,
    quoteOfUrl: null,
    // A comment is seen by whoever can see the post it is on, which the export does not say.
    visibility: 'unknown',
    // The comment itself has no link; the post it is on is where the user finds and deletes it.
    url: linkedinUrl(link),
    geo: null,
    deleted: false,
    account: handle,
    raw: row.cells,
  };
}

export async function* readComments(source: ArchiveSource, path: string, ctx: ImportContext, handle: string): AsyncGenerator<ImportRecord> {
  // Comments.csv escapes quotes with a backslash inside quoted cells (LinkedIn, every era seen).
  const table = await readCsv(source, path, ctx, { backslashEscape: true });
  yield* skippedFromErrors(table, path);
  for (const row of table.rows) {
    throwIfAborted(ctx.signal);
    const result = commentFromRow(row, path, handle);
    yield 'type' in result ? result : { type: 'post', post: result };
  }
}
