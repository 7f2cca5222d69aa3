import type { Media, Post, Visibility } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import { NO_METADATA } from '../media/exif.js';
import { mediaTypeFromName } from '../media/image-type.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { cell, readCsv, type CsvRow } from './csv.js';
import { skipRow, skippedFromErrors } from './rows.js';
import { cleanShareCommentary } from './text.js';
import { linkedinDate, linkedinUrl, present, shortHash, urnFromLink } from './values.js';

/** Shares.csv Visibility: MEMBER_NETWORK and CONNECTIONS are "connections only"; PUBLIC / ANYONE are public. */
export function visibilityOf(value: string): Visibility {
  const v = present(value).toUpperCase();
  if (v === 'MEMBER_NETWORK' || v === 'CONNECTIONS' || v === 'CONNECTIONS_ONLY') return 'connections';
  if (v === 'PUBLIC' || v === 'ANYONE' || v === 'LOGGED_IN') return 'public';
  return 'unknown';
}

/** MediaUrl is a LinkedIn CDN link, never a file in the zip; kept as a reference only (never fetched). */
export function remoteMedia(url: string, postNativeId: string | null, altText: string | null, hint: string): Media {
  const fromName = mediaTypeFromName(url.split('?')[0]!);
  const type = fromName !== 'other' ? fromName : /video/i.test(hint) ? 'video' : /photo|image/i.test(hint) ? 'photo' : 'other';
  return { ...NO_METADATA, platform: 'linkedin', postNativeId, path: null, sourceUrl: url, type, size: null, altText, platformGeo: null };
}

export function shareFromRow(row: CsvRow, file: string, handle: string): { post: Post; media: Media[] } | ImportRecord {
  if (row.extra > 0) return skipRow(file, row, `the row has ${row.extra} more cells than the header (a quote in it did not close)`);
  const createdAt = linkedinDate(cell(row, 'Date'));
  if (!createdAt) return skipRow(file, row, `unreadable date "${cell(row, 'Date').slice(0, 40)}"`);
  const link = present(cell(row, 'ShareLink'));
  const text = cleanShareCommentary(present(cell(row, 'ShareCommentary')));
  const urn = link ? urnFromLink(link) : null;
  // The decoded URN is LinkedIn's own id; a row without a link (rare) gets a derived one.
  const nativeId = urn ?? `li-share-${shortHash(createdAt, text)}`;
  const post: Post = {
    platform: 'linkedin',
    nativeId,
    kind: 'post',
    createdAt,
    text,
    language: null,
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    visibility: visibilityOf(cell(row, 'Visibility')),
    url: linkedinUrl(link),
    geo: null,
    deleted: false,
    account: handle,
    raw: row.cells,
  };
  const mediaUrl = present(cell(row, 'MediaUrl'));
  const media = /^https?:\/\//i.test(mediaUrl) ? [remoteMedia(mediaUrl, nativeId, null, mediaUrl)] : [];
  return { post, media };
}

export async function* readShares(source: ArchiveSource, path: string, ctx: ImportContext, handle: string): AsyncGenerator<ImportRecord> {
  const table = await readCsv(source, path, ctx);
  yield* skippedFromErrors(table, path);
  for (const row of table.rows) {
    throwIfAborted(ctx.signal);
    const result = shareFromRow(row, path, handle);
    if ('type' in result) {
      yield result;
      continue;
    }
    yield { type: 'post', post: result.post };
    for (const media of result.media) yield { type: 'media', media };
  }
}
