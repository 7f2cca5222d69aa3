import { decodeHtml } from './text.js';
import type { Account } from '../../model.js';
import { parseTwitterDate } from './dates.js';
import { arr, at, isObject, str } from './json.js';
import { unwrapItem } from './ytd.js';

/** What the archive says about its owner, gathered from whichever files it has. */
export interface AccountParts {
  /** data/account.js (2019+): username, accountDisplayName, createdAt, accountId. */
  account?: unknown;
  /** data/profile.js (2019+): description {bio, website, location}. */
  profile?: unknown;
  /** data/manifest.js userInfo (2022+): userName, displayName, accountId. */
  userInfo?: unknown;
  /** data/js/user_details.js (legacy 2012-2018): screen_name, full_name, bio, created_at, url, expanded_url. */
  userDetails?: unknown;
  /** Handle found some other way (a legacy tweet's user, a tweet's own media link). */
  inferredHandle?: string | null;
}

/** First record of a YTD list file, unwrapped (`[{ "account": {...} }]`). */
export function firstItem(list: unknown, key: string): unknown {
  return unwrapItem(arr(list)[0], key);
}

/** Handles are [A-Za-z0-9_]{1,15}; a stray "@" is dropped. */
function handleOf(value: unknown): string | null {
  const h = str(value)?.replace(/^@/, '').trim();
  return h && /^\w{1,50}$/.test(h) ? h : null;
}

export function accountHandle(parts: AccountParts): string | null {
  return (
    handleOf(at(parts.account, 'username')) ??
    handleOf(at(parts.userInfo, 'userName')) ??
    handleOf(at(parts.userDetails, 'screen_name')) ??
    parts.inferredHandle ??
    null
  );
}

export function buildAccount(parts: AccountParts): Account | null {
  const handle = accountHandle(parts);
  if (!handle) return null;
  const desc = at(parts.profile, 'description');
  const details = parts.userDetails;
  const extra: Record<string, string> = {};
  const accountId = str(at(parts.account, 'accountId')) ?? str(at(parts.userInfo, 'accountId')) ?? str(at(details, 'id'));
  if (accountId) extra.accountId = accountId;
  const avatar = str(at(parts.profile, 'avatarMediaUrl'));
  if (avatar) extra.avatarUrl = avatar;
  const created = parseTwitterDate(at(parts.account, 'createdAt')) ?? parseTwitterDate(at(details, 'created_at'));
  // Profile text is HTML-escaped like tweet text ("Views my own &amp; not my employer's").
  const text = (v: string | null): string | null => (v === null ? null : decodeHtml(v));
  return {
    platform: 'twitter',
    handle,
    displayName: text(str(at(parts.account, 'accountDisplayName')) ?? str(at(parts.userInfo, 'displayName')) ?? str(at(details, 'full_name'))),
    bio: text(str(at(desc, 'bio')) ?? str(at(details, 'bio'))),
    location: text(str(at(desc, 'location')) ?? str(at(details, 'location'))),
    // Legacy user_details keeps the t.co link in url and its target in expanded_url.
    url: str(at(desc, 'website')) ?? str(at(details, 'expanded_url')) ?? str(at(details, 'url')),
    createdAt: created,
    extra,
  };
}

const OWN_MEDIA = /^https?:\/\/(?:www\.)?(?:twitter|x)\.com\/(\w+)\/status\/(\d+)\/(?:photo|video)\//i;

/**
 * A 2019+ tweets.js alone does not name its author, but each photo or video of the user's own
 * tweet links to `twitter.com/<handle>/status/<that tweet's id>/photo/1`. A retweet's media
 * links to the original tweet's id instead, so only links back to the tweet itself count.
 */
export function handleFromTweets(tweets: readonly unknown[]): string | null {
  for (const item of tweets) {
    const tweet = unwrapItem(item, 'tweet');
    if (!isObject(tweet)) continue;
    const id = str(tweet.id_str) ?? str(tweet.id);
    for (const m of [...arr(at(tweet, 'extended_entities', 'media')), ...arr(at(tweet, 'entities', 'media'))]) {
      const match = OWN_MEDIA.exec(str(at(m, 'expanded_url')) ?? '');
      if (match && match[2] === id) return match[1]!;
    }
  }
  return null;
}
