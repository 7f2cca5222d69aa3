import { createHash } from 'node:crypto';

/**
 * Facebook exports carry no post or comment ids at all (FORMATS.md 2.2), yet re-importing the same
 * or a newer archive must update, not duplicate, posts. The id is therefore derived from what
 * does not change between exports of the same account:
 *
 *   "fb-" + first 20 hex chars of sha256( kind \n timestamp \n text \n sorted attachment keys joined by \n )
 *
 * - kind: "post" or "comment", so a comment never collides with a post;
 * - timestamp: the unix seconds Facebook gives;
 * - text: the decoded, NFC-normalised text (post body / comment);
 * - attachment keys: media `uri`s, shared link urls and place names, sorted so their order in the
 *   export does not matter.
 * The generated `title` ("X added a new photo.") is left out on purpose: it is localised, so it
 * changes when the user switches Facebook's language between two exports. The same post listed
 * twice in one export (seen in 2024-2025 files) yields the same id and is stored once.
 */
export function facebookStableId(kind: 'post' | 'comment', timestamp: number, text: string, attachmentKeys: readonly string[]): string {
  const h = createHash('sha256');
  h.update([kind, String(timestamp), text, ...[...attachmentKeys].sort()].join('\n'));
  return `fb-${h.digest('hex').slice(0, 20)}`;
}
