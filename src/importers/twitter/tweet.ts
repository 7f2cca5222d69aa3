import type { Post, PostKind } from '../../model.js';
import { FIRST_TWEET_YEAR, parseTwitterDate } from './dates.js';
import { tweetGeo } from './geo.js';
import { at, isObject, str } from './json.js';
import { displayText, leadingMention, urlEntities } from './text.js';

const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:#!\/)?(\w+|i\/web)\/status(?:es)?\/(\d+)/i;
const RETWEET_PREFIX = /^RT @\w+:/;

export type TweetResult = { ok: true; post: Post } | { ok: false; id: string | null; reason: string };

export interface TweetOptions {
  /** Handle of the archive's owner, or null when the archive does not say. */
  handle: string | null;
  deleted: boolean;
}

/** The public page of a post; x.com/i/web/status/<id> works when the handle is unknown. */
export function statusUrl(handle: string | null, id: string): string {
  return handle ? `https://x.com/${handle}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

/** A t.co link to another status is how 2019+ archives show a quote (there is no quoted_status object). */
export function quotedUrl(tweet: unknown, ownId: string): string | null {
  const quotedId = str(at(tweet, 'quoted_status_id_str')) ?? str(at(tweet, 'quoted_status_id'));
  for (const { expanded } of urlEntities(tweet)) {
    const m = STATUS_URL.exec(expanded);
    if (m && m[2] !== ownId) return expanded;
  }
  const permalink = str(at(tweet, 'quoted_status_permalink', 'expanded'));
  if (permalink) return permalink;
  return quotedId ? statusUrl(null, quotedId) : null;
}

function kindOf(tweet: unknown, text: string, replyToId: string | null, quote: string | null): PostKind {
  // 2019+ archives keep no retweeted_status: a retweet is only its "RT @handle: " prefix.
  // Legacy Grailbird files carry retweeted_status, legacy tweets.csv retweeted_status_id.
  if (RETWEET_PREFIX.test(text) || isObject(at(tweet, 'retweeted_status')) || str(at(tweet, 'retweeted_status_id'))) {
    return 'repost';
  }
  if (replyToId) return 'reply';
  if (quote || at(tweet, 'is_quote_status') === true || at(tweet, 'is_quote_status') === 'true') return 'quote';
  return 'post';
}

/** One tweet object (2019+ or legacy Grailbird) as a normalised post, or why it cannot be one. */
export function tweetToPost(tweet: unknown, opts: TweetOptions): TweetResult {
  if (!isObject(tweet)) return { ok: false, id: null, reason: 'the record is not a tweet object' };
  const id = str(tweet.id_str) ?? str(tweet.id);
  if (!id || !/^\d+$/.test(id)) return { ok: false, id, reason: 'the tweet has no id' };
  const createdAt = parseTwitterDate(tweet.created_at);
  if (!createdAt) return { ok: false, id, reason: 'the tweet has no readable date' };
  if (Number(createdAt.slice(0, 4)) < FIRST_TWEET_YEAR) {
    return { ok: false, id, reason: `the tweet is dated ${createdAt.slice(0, 4)}, before X existed` };
  }
  // 2019+ archives write full_text; legacy Grailbird files write text.
  const rawText = typeof tweet.full_text === 'string' ? tweet.full_text : typeof tweet.text === 'string' ? tweet.text : null;
  if (rawText === null) return { ok: false, id, reason: 'the tweet has no text' };
  const text = displayText(rawText, tweet);
  const replyToId = str(tweet.in_reply_to_status_id_str) ?? str(tweet.in_reply_to_status_id);
  const quote = quotedUrl(tweet, id);
  const lang = str(tweet.lang);
  return {
    ok: true,
    post: {
      platform: 'twitter',
      nativeId: id,
      kind: kindOf(tweet, text, replyToId, quote),
      createdAt,
      text,
      language: lang && lang !== 'und' ? lang : null,
      replyToId,
      replyToHandle: replyToId ? (str(tweet.in_reply_to_screen_name) ?? leadingMention(text)) : null,
      quoteOfUrl: quote,
      visibility: 'public',
      url: statusUrl(opts.handle, id),
      geo: tweetGeo(tweet),
      deleted: opts.deleted,
      account: opts.handle ?? '',
      raw: tweet,
    },
  };
}
