import type { FindingView } from '../api.js';
import type { Platform } from '../model.js';

/**
 * What the doctor has to act on, in the platform's own words: a tweet and a retweet are undone in
 * different ways, a Facebook check-in is a post with a place, a LinkedIn post is a "share".
 */
export type { RemediationAction, RemediationKind } from '../api.js';
import type { RemediationKind } from '../api.js';

/** Facebook marks a check-in by the place it carries; the geotag pass names that field "check-in". */
function isCheckIn(f: FindingView): boolean {
  return /check-?in/i.test(f.rule) || f.evidence.some((e) => /check-?in/i.test(e.kind) || /check-?in/i.test(e.field ?? ''));
}

const POST_KINDS: Record<Platform, Partial<Record<string, RemediationKind>>> = {
  twitter: { post: 'tweet', reply: 'reply', repost: 'retweet', quote: 'quote', message: 'message' },
  facebook: { post: 'post', reply: 'comment', comment: 'comment', repost: 'post', quote: 'post', message: 'message' },
  linkedin: { post: 'share', repost: 'share', quote: 'share', comment: 'comment', reply: 'comment', article: 'article', message: 'message' },
};

const DEFAULT_POST_KIND: Record<Platform, RemediationKind> = { twitter: 'tweet', facebook: 'post', linkedin: 'share' };

export function remediationKind(f: FindingView): RemediationKind {
  if (f.subjectType === 'account') return 'account';
  if (f.subjectType === 'media') return 'photo';
  if (f.platform === 'facebook' && isCheckIn(f)) return 'check-in';
  return (f.kind && POST_KINDS[f.platform]?.[f.kind]) || DEFAULT_POST_KIND[f.platform];
}
