import type { Geo, Post, PostKind } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import type { ImportRecord } from '../types.js';
import { BATCH, type FacebookRead } from './context.js';
import { withFileMetadata, type PendingMedia } from './media.js';

/** One export item turned into a post and the media it points at, or the reason it could not be. */
export type ParseResult = { post: Post; media: PendingMedia[] } | string;

/**
 * Yield the posts of one file's items in batches: each batch's posts first, then their photos'
 * metadata read a few at a time. The same post listed twice (Facebook 2024+ does that) is yielded
 * once; an item that cannot be read is reported as skipped.
 */
export async function* yieldItems(
  items: readonly unknown[],
  path: string,
  fb: FacebookRead,
  parse: (raw: unknown, fb: FacebookRead) => ParseResult,
): AsyncGenerator<ImportRecord> {
  for (let start = 0; start < items.length; start += BATCH) {
    throwIfAborted(fb.ctx.signal);
    const media: PendingMedia[] = [];
    for (let i = start; i < Math.min(items.length, start + BATCH); i++) {
      const parsed = parse(items[i], fb);
      if (typeof parsed === 'string') {
        yield { type: 'skipped', file: path, id: `item ${i + 1}`, reason: parsed };
        continue;
      }
      if (fb.seenIds.has(parsed.post.nativeId)) continue;
      fb.seenIds.add(parsed.post.nativeId);
      yield { type: 'post', post: parsed.post };
      media.push(...parsed.media);
    }
    yield* withFileMetadata(fb.source, media, fb.ctx);
  }
}

/**
 * A Facebook post or comment in the normalised model. The export gives no id, language, reply
 * target or audience, so those are derived (nativeId) or left empty the same way for every kind.
 */
export function facebookPost(
  fb: FacebookRead,
  f: { kind: PostKind; nativeId: string; ts: number; text: string; url: string; geo: Geo | null; raw: unknown },
): Post {
  return {
    platform: 'facebook',
    nativeId: f.nativeId,
    kind: f.kind,
    createdAt: new Date(f.ts * 1000).toISOString(),
    text: f.text,
    language: null,
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    // The export does not say who could see a post.
    visibility: 'unknown',
    url: f.url,
    geo: f.geo,
    deleted: false,
    account: fb.handle,
    raw: f.raw,
  };
}
