import { stringify } from 'csv-stringify/sync';
import type { FindingView } from '../api.js';
import { NO_AUTOMATION_STATEMENT } from './no-automation.js';

/** One X post to delete, as bulk-deletion tools take it. */
export interface XDeletionRow {
  tweet_id: string;
  url: string;
  created_at: string;
  kind: string;
}

export interface XBulkFiles {
  /** One id per line, the input most bulk-deletion tools accept. */
  idsTxt: string;
  /** `tweet_id,url,created_at,kind`, for tools and spreadsheets that want more than the id. */
  csv: string;
  /** What the two files are, and why Hindsight does not delete for you. */
  readme: string;
  rows: XDeletionRow[];
}

/** X ids are decimal strings beyond 2^53; anything else is not a post id a tool can use. */
const X_ID = /^\d{1,20}$/;

/**
 * Every X post the doctor marked "remove" that is not already deleted, one row per post (a post
 * with several findings, or a photo marked remove, still appears once: deleting the post removes
 * its photos too). Sorted oldest first, the order people usually clear an archive.
 */
export function xDeletionRows(findings: readonly FindingView[]): XDeletionRow[] {
  const rows = new Map<string, XDeletionRow>();
  for (const f of findings) {
    if (f.platform !== 'twitter' || f.status !== 'remove' || f.deleted) continue;
    if (f.subjectType === 'account' || !f.postId || !X_ID.test(f.postId) || rows.has(f.postId)) continue;
    const handle = f.account && /^[A-Za-z0-9_]{1,15}$/.test(f.account) ? f.account : 'i/web';
    rows.set(f.postId, {
      tweet_id: f.postId,
      url: `https://x.com/${handle}/status/${f.postId}`,
      created_at: f.createdAt ?? '',
      kind: f.kind === 'repost' ? 'retweet' : (f.kind ?? 'post'),
    });
  }
  return [...rows.values()].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.tweet_id.localeCompare(b.tweet_id));
}

export function xBulkFiles(findings: readonly FindingView[]): XBulkFiles {
  const rows = xDeletionRows(findings);
  return {
    rows,
    idsTxt: rows.map((r) => `${r.tweet_id}\n`).join(''),
    csv: stringify(rows, { header: true, columns: ['tweet_id', 'url', 'created_at', 'kind'] }),
    readme: [
      'Hindsight: X posts you marked "remove"',
      '',
      `x-delete-ids.txt holds ${rows.length} post ${rows.length === 1 ? 'id' : 'ids'}, one per line; x-delete.csv holds the same posts as tweet_id,url,created_at,kind.`,
      'Posts already deleted are left out. Reposts ("retweet") are undone rather than deleted.',
      '',
      NO_AUTOMATION_STATEMENT,
      '',
      'If you choose a bulk-deletion tool, prefer one that runs on your own computer and uses your archive, and read its terms first.',
      '',
    ].join('\n'),
  };
}
