import type { ArchiveSource } from '../source.js';
import type { ImportContext } from '../types.js';
import type { ResolveUri } from './media.js';

/** What every Facebook reader needs while one archive is imported. */
export interface FacebookRead {
  source: ArchiveSource;
  ctx: ImportContext;
  /** Handle of the account (from the profile), written on every post. */
  handle: string;
  /** Prefix of the export's root inside the archive. */
  root: string;
  resolve: ResolveUri;
  /** Media uris already yielded with a post, so album files do not repeat them as loose photos. */
  emittedUris: Set<string>;
  /**
   * Ids already yielded. 2024-2025 exports list some posts twice, verbatim; the copies share one
   * derived id and are yielded once, so counts match what is stored.
   */
  seenIds: Set<string>;
}

/** Facebook exports hold no permalinks; the Activity Log is where the user finds and deletes an item (FORMATS.md 2.6). */
export const ACTIVITY_LOG_URL = 'https://www.facebook.com/me/allactivity';

/** Tentative photo link from the last number of the media file name (`..._n_<fbid>.jpg`), facebook.com only. */
export function photoUrl(uri: string): string | null {
  const name = uri.split('/').pop() ?? '';
  const m = /_(\d{6,})(?: \(\d+\))?\.(?:jpe?g|png|gif|webp|heic)$/i.exec(name);
  return m ? `https://www.facebook.com/photo.php?fbid=${m[1]}` : null;
}

/** How many items are gathered before their photos are read, so heads of several posts load in parallel. */
export const BATCH = 32;
