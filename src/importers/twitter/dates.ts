/**
 * X writes dates three ways:
 * - 2019+ tweets and deleted_at: "Sat Aug 12 16:10:37 +0000 2023" (Ruby/Twitter API form)
 * - legacy 2012-2018 Grailbird files, tweets.csv, user_details.js: "2015-11-01 08:00:22 +0000"
 * - note-tweet.js, account.js, manifest.js: ISO-8601 with milliseconds and Z
 * Returns UTC ISO-8601, or null when the value is none of these.
 */

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days in a month of the proleptic Gregorian calendar. */
function monthDays(y: number, mo: number): number {
  return mo === 1 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo]!;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: string): string | null {
  // Every 2019+ tweet is written in UTC: its ISO form is the same fields in another order, which
  // costs far less than a Date round trip over tens of thousands of tweets.
  if (offset === '+0000' && ms === 0 && y >= 1000 && y <= 9999 && mo >= 0 && mo <= 11 && d >= 1 && d <= monthDays(y, mo) && h <= 23 && mi <= 59 && s <= 59) {
    return `${y}-${pad2(mo + 1)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.000Z`;
  }
  const sign = offset.startsWith('-') ? -1 : 1;
  const offMin = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const t = Date.UTC(y, mo, d, h, mi, s, ms) - offMin * 60_000;
  const date = new Date(t);
  // Reject overflowed fields (Feb 31, hour 25) that Date.UTC would silently roll over.
  if (Number.isNaN(t) || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  return date.toISOString();
}

export function parseTwitterDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  let m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/.exec(v);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (mo === undefined) return null;
    return utc(Number(m[7]), mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, m[6]!);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})\d*)? ?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (m) {
    const zone = !m[8] || m[8] === 'Z' ? '+0000' : m[8].replace(':', '');
    const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
    return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms, zone);
  }
  return null;
}

/** X launched in 2006; HPI saw 2025 exports with a few tweets dated 1997/2003, which are bogus. */
export const FIRST_TWEET_YEAR = 2006;
