import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ArchiveSource } from './source.js';

/**
 * Identity of an archive, so that importing the same one twice changes nothing.
 * A zip is hashed byte for byte (streamed). A folder is hashed over its entry names and sizes:
 * reading every photo twice would double the import time for no practical gain.
 */
export async function contentHash(path: string, source: ArchiveSource): Promise<string> {
  const hash = createHash('sha256');
  if ((await stat(path)).isDirectory()) {
    hash.update('folder\0');
    for (const e of source.entries) hash.update(`${e.path}\0${e.size}\0`);
    return hash.digest('hex');
  }
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
