import { createHash } from 'node:crypto';

/**
 * Cell placeholders for "no value". LinkedIn leaves cells empty or `""`; files that went through
 * pandas or Excel come back with N/A or NULL (linkedin-analyzer's fixtures carry both), so those
 * whole-cell values are read as empty. "NA" is left alone: it can be a real one-word comment.
 */
const PLACEHOLDERS = new Set(['', '""', 'N/A', '#N/A', 'NULL', 'NONE', 'NAN']);

export function present(value: string | undefined): string {
  const v = (value ?? '').trim();
  return PLACEHOLDERS.has(v.toUpperCase()) ? '' : v;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC (LinkedIn, all eras), optionally with " UTC" as some tools write it. Null when not a real date. */
export function linkedinDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(?:\s*UTC|Z)?$/i.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0') as string[];
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  // Reject 2026-02-30 and 2026-13-05 instead of letting Date roll them over.
  if (date.getUTCFullYear() !== +y! || date.getUTCMonth() !== +mo! - 1 || date.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) return null;
  return date.toISOString();
}

/**
 * The decoded URN of a feed link: `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A123`
 * gives `urn:li:share:123` (also ugcPost and activity URNs).
 */
export function urnFromLink(link: string): string | null {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    /* keep the raw link */
  }
  const m = /urn:li:[A-Za-z]+:[A-Za-z0-9_-]+/.exec(decoded);
  return m ? m[0] : null;
}

/** A link the app may open: https on linkedin.com only. */
export function linkedinUrl(link: string): string | null {
  return /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(link) ? link : null;
}

export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 20);
}
