import { arr, at, str } from './json.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * X HTML-escapes tweet text in every archive era (`&amp;`, `&lt;`, `&gt;`, sometimes `&quot;`,
 * `&#39;`). Only those and numeric references are decoded: X never writes other named entities,
 * and a literal "&copy;" typed by the user must stay as typed.
 */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** t.co short links of a tweet with what they stand for (entities.urls[]). */
export function urlEntities(tweet: unknown): { url: string; expanded: string }[] {
  const out: { url: string; expanded: string }[] = [];
  for (const u of arr(at(tweet, 'entities', 'urls'))) {
    const url = str(at(u, 'url'));
    const expanded = str(at(u, 'expanded_url'));
    if (url && expanded) out.push({ url, expanded });
  }
  return out;
}

/** Media items of a tweet: extended_entities holds the complete list, entities.media only the first. */
export function mediaEntities(tweet: unknown): unknown[] {
  const ext = arr(at(tweet, 'extended_entities', 'media'));
  return ext.length > 0 ? ext : arr(at(tweet, 'entities', 'media'));
}

/**
 * The text a reader sees: HTML decoded, t.co links swapped for their targets (by string, as the
 * indices count UTF-16 units differently across eras), and the t.co link that points at the
 * tweet's own photos or video removed, since the media is shown beside the text.
 */
export function displayText(raw: string, tweet: unknown): string {
  let text = decodeHtml(raw);
  for (const m of mediaEntities(tweet)) {
    const url = str(at(m, 'url'));
    if (url) text = text.split(url).join('');
  }
  for (const { url, expanded } of urlEntities(tweet)) text = text.split(url).join(expanded);
  return text.replace(/[ \t]+$/gm, '').trimEnd();
}

/** Replies carry the @handles they answer before the visible text ("@a @b Thanks"). */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(?:\s*@\w+)+\s*/, '');
}

/** First @handle at the start of a reply's text, for old replies that lack in_reply_to_screen_name. */
export function leadingMention(text: string): string | null {
  return /^\s*@(\w{1,50})/.exec(text)?.[1] ?? null;
}
