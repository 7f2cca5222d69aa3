import type { Post } from '../../model.js';
import { parseTwitterDate } from './dates.js';
import { arr, at, isObject, str } from './json.js';
import { stripLeadingMentions } from './text.js';
import { unwrapItem } from './ytd.js';

/**
 * Long posts (X "notes", 2023+ archives): note-tweet.js holds the full text, while tweets.js holds
 * the same post cut off at ~280 characters with a "…". noteTweetId is NOT the tweet id (the tweet's
 * is 13-31 ms later), so a note is joined to its tweet by time and text, as community-archive does.
 */
export interface Note {
  id: string;
  createdAt: string;
  /** Full text with its t.co links swapped for their targets. */
  text: string;
  raw: unknown;
}

/** How many leading characters of text must agree; a thread posted in one burst (alrocar sample,
 * 2024-09-06 11:30:04-11) puts several tweets and notes inside the same second. */
const PREFIX_CHARS = 40;
const WINDOW_MS = 1000;

export function parseNote(item: unknown): Note | null {
  const note = unwrapItem(item, 'noteTweet');
  if (!isObject(note)) return null;
  const id = str(note.noteTweetId);
  const createdAt = parseTwitterDate(note.createdAt);
  let text = at(note, 'core', 'text');
  if (!id || !createdAt || typeof text !== 'string') return null;
  // Notes are stored unescaped ("Ajustes > Notificaciones"), unlike tweets, so no HTML decoding.
  for (const u of arr(at(note, 'core', 'urls'))) {
    const short = str(at(u, 'shortUrl'));
    const expanded = str(at(u, 'expandedUrl'));
    if (short && expanded) text = (text as string).split(short).join(expanded);
  }
  return { id, createdAt, text: text as string, raw: note };
}

/**
 * The words a tweet and its note both start with: leading @mentions dropped (a reply's full_text
 * has them, its note does not), cut before the first link (the same link has a different t.co in
 * each, and a cut-off tweet ends "…" + links), whitespace collapsed.
 */
export function matchKey(text: string): string {
  let t = stripLeadingMentions(text);
  const link = t.search(/https?:\/\//);
  if (link >= 0) t = t.slice(0, link);
  t = t.replace(/\s+/g, ' ').trim().replace(/…$/, '').trim();
  return t.slice(0, PREFIX_CHARS);
}

function keysAgree(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Notes waiting for their tweet, looked up by second. Each note joins at most one tweet. */
export class NoteMatcher {
  private readonly bySecond = new Map<number, Note[]>();
  private readonly used = new Set<string>();
  private readonly keys = new Map<string, string>();

  constructor(readonly notes: readonly Note[]) {
    for (const n of notes) {
      const s = Math.floor(Date.parse(n.createdAt) / 1000);
      const list = this.bySecond.get(s) ?? [];
      list.push(n);
      this.bySecond.set(s, list);
      this.keys.set(n.id, matchKey(n.text));
    }
  }

  /** The note that is this post's full text, if any; the post's text is the tweet's display text. */
  take(post: Post): Note | null {
    if (this.notes.length === 0) return null;
    const t = Date.parse(post.createdAt);
    const key = matchKey(post.text);
    let best: Note | null = null;
    let bestGap = Infinity;
    for (const s of [-1, 0, 1].map((d) => Math.floor(t / 1000) + d)) {
      for (const n of this.bySecond.get(s) ?? []) {
        const gap = Math.abs(Date.parse(n.createdAt) - t);
        if (this.used.has(n.id) || gap > WINDOW_MS || !keysAgree(key, this.keys.get(n.id)!)) continue;
        if (gap < bestGap) [best, bestGap] = [n, gap];
      }
    }
    if (best) this.used.add(best.id);
    return best;
  }

  unmatched(): Note[] {
    return this.notes.filter((n) => !this.used.has(n.id));
  }
}

/** A note whose tweet is not in the archive is still the user's post; it is kept, not dropped. */
export function noteToPost(note: Note, handle: string | null, deleted: boolean): Post {
  return {
    platform: 'twitter',
    nativeId: `note-${note.id}`,
    kind: 'post',
    createdAt: note.createdAt,
    text: note.text,
    language: null,
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    visibility: 'public',
    url: null,
    geo: null,
    deleted,
    account: handle ?? '',
    raw: note.raw,
  };
}
