import type { Post } from '../../model.js';
import type { ImportRecord } from '../types.js';
import { ACTIVITY_LOG_URL, type FacebookRead } from './context.js';
import { facebookPost, yieldItems } from './items.js';
import { readFacebookJson } from './json-file.js';
import { pendingMedia, type PendingMedia } from './media.js';
import { attachmentParts } from './posts.js';
import { asArray, asNumber, asObject, asString } from './shape.js';
import { facebookStableId } from './stable-id.js';

const LIST_KEYS = ['comments_v2', 'comments', 'group_comments_v2', 'group_comments'];

/**
 * Comment items of a comments file. Real files are `{"comments_v2": [...]}` (2020+), `{"comments": [...]}`
 * (before) or `{"group_comments_v2": [...]}` (groups/your_comments_in_groups.json); a plain array of
 * such wrappers is accepted too (the shape of Waultar's fixture).
 */
function commentItems(json: unknown): unknown[] {
  const fromWrapper = (o: Record<string, unknown>): unknown[] => LIST_KEYS.flatMap((k) => asArray(o[k]));
  if (Array.isArray(json)) {
    return json.flatMap((el) => {
      const o = asObject(el);
      if (o && !('timestamp' in o) && !('data' in o)) return fromWrapper(o);
      return [el];
    });
  }
  const o = asObject(json);
  return o ? fromWrapper(o) : [];
}

export interface ParsedComment {
  post: Post;
  media: PendingMedia[];
}

/**
 * One comment the user wrote: `{timestamp, title, data: [{comment: {timestamp, comment, author, group}}], attachments}`.
 * Some entries keep only the generated `title` ("X commented on Y's post.") and no `data`: the
 * comment's words are not in the export. They are reported as skipped, not stored as comments:
 * the title is Facebook's sentence about someone else's post, not anything the user wrote.
 */
export function parseComment(raw: unknown, fb: FacebookRead): ParsedComment | string {
  const item = asObject(raw);
  if (!item) return 'not a comment object';
  const comment = asArray(item.data)
    .map((d) => asObject(asObject(d)?.comment))
    .find((c) => c !== null);
  const ts = asNumber(item.timestamp) ?? asNumber(comment?.timestamp);
  if (ts === null) return 'no timestamp, so not a comment';
  const { media, keys } = attachmentParts(item);
  if (!comment && media.length === 0) return 'the export keeps only the title of this comment, not its text';
  const text = asString(comment?.comment);
  const nativeId = facebookStableId('comment', ts, text, keys);
  const post = facebookPost(fb, { kind: 'comment', nativeId, ts, text, url: ACTIVITY_LOG_URL, geo: null, raw: item });

  const pending: PendingMedia[] = [];
  for (const m of media) {
    const p = pendingMedia(m, nativeId, fb.resolve, fb.root);
    if (p) pending.push(p);
  }
  return { post, media: pending };
}

export async function* readCommentsFile(path: string, fb: FacebookRead): AsyncGenerator<ImportRecord> {
  const items = commentItems(await readFacebookJson(fb.source, path, fb.ctx));
  yield* yieldItems(items, path, fb, parseComment);
}
