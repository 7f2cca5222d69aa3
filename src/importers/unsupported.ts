import { open as openFile } from 'node:fs/promises';
import { UserError } from '../result.js';
import type { EntryInfo } from './source.js';

/**
 * Exports of platforms Hindsight does not read yet. Recognising them lets the user hear "that is
 * a Mastodon archive" instead of "not a zip" or "unknown archive" (FORMATS.md 4-6).
 */
export type UnsupportedPlatform = 'Instagram' | 'Mastodon' | 'Bluesky' | 'Google Takeout';

export function unsupportedError(fileName: string, platform: UnsupportedPlatform): UserError {
  const what = platform === 'Google Takeout' ? 'a Google Takeout archive' : `${platform === 'Instagram' ? 'an' : 'a'} ${platform} ${platform === 'Bluesky' ? 'repository export' : 'archive'}`;
  return new UserError(
    `${fileName} is ${what}; Hindsight reads X/Twitter, Facebook and LinkedIn exports and does not read ${platform} yet.`,
    fileName,
  );
}

/** gzip magic: Mastodon's account archive is `archive-<date>-<hex>.tar.gz`, not a zip. */
function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * CAR v1 (Bluesky's "Export my data"): an unsigned-varint header length, then a DAG-CBOR map
 * `{roots: [...], version: 1}`. Canonical DAG-CBOR sorts the keys, so the map (0xa2) opens with the
 * text key "roots" (0x65 'roots') and "version" follows.
 */
function isCarV1(head: Buffer): boolean {
  let i = 0;
  let len = 0;
  let shift = 0;
  while (i < head.length && i < 9) {
    const b = head[i++]!;
    len += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) break;
  }
  if (len < 10 || len > 4096 || head[i] !== 0xa2) return false;
  const header = head.subarray(i, i + len).toString('latin1');
  return header.includes('\x65roots') && header.includes('\x67version');
}

/** Recognise an unsupported export from a file's first bytes (before trying it as a zip); null when not one. */
export function sniffUnsupportedFile(head: Buffer): UnsupportedPlatform | null {
  if (isGzip(head)) return 'Mastodon';
  if (isCarV1(head)) return 'Bluesky';
  return null;
}

/** Throw the one-sentence UserError when the file at `path` is an unsupported platform's export. */
export async function refuseUnsupportedFile(path: string, fileName: string): Promise<void> {
  let fh;
  try {
    fh = await openFile(path, 'r');
  } catch {
    return; // the zip reader reports an unreadable file in its own words
  }
  let head: Buffer;
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const platform = sniffUnsupportedFile(head);
  if (platform) throw unsupportedError(fileName, platform);
}

/** Recognise an unsupported export (zip or folder) from its entry names; null when not one. Suffix matches, so a lone root folder is fine. */
export function detectUnsupportedEntries(entries: readonly EntryInfo[]): UnsupportedPlatform | null {
  let outbox = false;
  let actor = false;
  for (const { path } of entries) {
    // Instagram: content/posts_1.json (≤2022) or your_instagram_activity/... (2023+).
    if (/(?:^|\/)content\/posts_\d+\.json$/.test(path) || /(?:^|\/)your_instagram_activity\//.test(path)) return 'Instagram';
    // Google Takeout: everything under Takeout/, with archive_browser.html as its index.
    if (/^(?:[^/]+\/)?Takeout\//.test(path) || /(?:^|\/)archive_browser\.html$/.test(path)) return 'Google Takeout';
    // Mastodon, unpacked: outbox.json and actor.json side by side at the root.
    if (/^(?:[^/]+\/)?outbox\.json$/.test(path)) outbox = true;
    if (/^(?:[^/]+\/)?actor\.json$/.test(path)) actor = true;
  }
  return outbox && actor ? 'Mastodon' : null;
}
