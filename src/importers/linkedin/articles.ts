import type { Post } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { decodeCsvBytes } from './csv.js';
import { elementText, htmlToText, metaContent } from './html-text.js';
import { linkedinDate, linkedinUrl, shortHash } from './values.js';

const DATE_META = ['created', 'date', 'article:published_time', 'published', 'publish_date', 'datepublished', 'dc.date'];

/** An ISO or LinkedIn-style date ("2020-05-10 12:34", "Created on 2020-05-10 12:34"); null otherwise. */
function anyDate(value: string | null): string | null {
  if (!value) return null;
  const m = /\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?/.exec(value);
  if (!m) return null;
  if (/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})/.test(value)) {
    const t = Date.parse(value.trim());
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return linkedinDate(m[0]);
}

/**
 * When an article was written: a date <meta>, else the "Created on ..." / "Published on ..." line
 * LinkedIn puts at the top of the body, else a date at the start of the file name. Times are UTC,
 * as everywhere in the LinkedIn export.
 */
export function articleDate(html: string, fileName: string): string | null {
  return (
    anyDate(metaContent(html, DATE_META)) ??
    anyDate(elementText(html, 'p', 'created')) ??
    anyDate(elementText(html, 'p', 'published')) ??
    anyDate(/(?:Created|Published) on ([^<]+)/i.exec(html)?.[1] ?? null) ??
    (/^\d{4}-\d{2}-\d{2}/.test(fileName) ? anyDate(fileName) : null)
  );
}

export function articleFromHtml(html: string, path: string, handle: string): Post | ImportRecord {
  const fileName = path.split('/').pop() ?? path;
  const createdAt = articleDate(html, fileName);
  if (!createdAt) return { type: 'skipped', file: path, id: fileName, reason: 'the article file gives no creation date' };
  const title = elementText(html, 'title') || elementText(html, 'h1') || fileName.replace(/\.html?$/i, '');
  const canonical =
    /<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    /href=["'](https:\/\/www\.linkedin\.com\/pulse\/[^"']+)["']/i.exec(html)?.[1] ??
    null;
  const url = canonical ? linkedinUrl(canonical) : null;
  const bodyHtml = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const body = htmlToText(bodyHtml.replace(/<p\b[^>]*class=["'][^"']*\b(?:created|published)\b[^>]*>[\s\S]*?<\/p>/gi, ''));
  const text = body.startsWith(title) ? body : `${title}\n\n${body}`.trim();
  return {
    platform: 'linkedin',
    nativeId: `li-article-${shortHash(url ?? `${title}\n${createdAt}`)}`,
    kind: 'article',
    createdAt,
    text,
    language: null,
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    visibility: 'public',
    url,
    geo: null,
    deleted: false,
    account: handle,
    raw: { file: path, title },
  };
}

export async function* readArticles(source: ArchiveSource, paths: readonly string[], ctx: ImportContext, handle: string): AsyncGenerator<ImportRecord> {
  for (const path of paths) {
    throwIfAborted(ctx.signal);
    const bytes = await source.read(path);
    ctx.onEntry(path, bytes.length);
    const result = articleFromHtml(decodeCsvBytes(bytes), path, handle);
    yield 'type' in result ? result : { type: 'post', post: result };
  }
}
