/**
 * The only places a click in Hindsight may send the user: the platforms' own pages for a post,
 * so the doctor can delete or edit it there. Written out as a literal list, Signal-style, so a
 * reviewer can read exactly which hosts are allowed and why. Electron's main process, the browser
 * preview and the tests all read this one constant; nothing else in the app opens a URL.
 *
 * Exact host names only: no wildcards, no "ends with", so `x.com.evil.net` and `evilx.com`
 * never match. Adding a host needs a comment saying which export produces links to it.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [
  // X/Twitter: post URLs Hindsight builds for 2019+ archives (https://x.com/<handle>/status/<id>).
  'x.com',
  // X/Twitter: the host older archives and quoted-tweet links use; it redirects to x.com.
  'twitter.com',
  // X/Twitter: the same, as written in some quoted-status links.
  'www.twitter.com',
  // X/Twitter: the mobile site, found in quoted-status links of 2012-2018 archives.
  'mobile.twitter.com',
  // X/Twitter: the help centre's "how to delete a post" pages linked from the checklist.
  'help.x.com',
  // Facebook: post and photo permalinks in JSON exports.
  'www.facebook.com',
  // Facebook: bare-host permalinks some exports write.
  'facebook.com',
  // Facebook: mobile permalinks (m.facebook.com/story.php?...) in older exports.
  'm.facebook.com',
  // Facebook: the help centre's deletion instructions linked from the checklist.
  'help.facebook.com',
  // LinkedIn: share URLs in Shares.csv (https://www.linkedin.com/feed/update/urn:li:...).
  'www.linkedin.com',
  // LinkedIn: bare-host links some CSV rows carry.
  'linkedin.com',
  // The GMC's own guidance page, linked from a finding's guidance paragraph.
  'www.gmc-uk.org',
] as const;

const ALLOWED = new Set(ALLOWED_EXTERNAL_HOSTS);

/**
 * True only for an https URL whose host is exactly one of ALLOWED_EXTERNAL_HOSTS, with no user
 * name or password (`https://x.com@evil.net/` puts x.com in the userinfo, not the host) and no
 * port other than the default.
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 4096) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  // WHATWG URL lower-cases and punycodes the host; "x.com." (trailing dot) is not in the list.
  return ALLOWED.has(parsed.hostname);
}
