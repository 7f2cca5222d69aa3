import { createHash } from 'node:crypto';
import type { ArchiveSource } from './source.js';

/**
 * Identity of an archive, so that importing the same one twice changes nothing.
 * A zip's central directory already records every entry's name, size and CRC-32, so hashing
 * that list identifies the content without reading the (possibly many-GB) file a second time.
 * A folder is hashed over its entry names and sizes: reading every photo twice would double the
 * import time for no practical gain.
 */
export function contentHash(source: ArchiveSource): string {
  const hash = createHash('sha256');
  hash.update(`${source.kind}\0`);
  for (const e of source.entries) hash.update(`${e.path}\0${e.size}\0${e.crc32 ?? ''}\0`);
  return hash.digest('hex');
}
