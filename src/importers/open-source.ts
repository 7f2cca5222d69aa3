import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../result.js';
import { openFolderSource } from './folder-source.js';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js';
import type { ArchiveSource } from './source.js';
import { refuseUnsupportedFile } from './unsupported.js';
import { openZipSource } from './zip-source.js';

/** Open what the user chose: a zip file or an unzipped folder. */
export async function openSource(path: string, limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ArchiveSource> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`${name} does not exist or cannot be opened.`, name);
  }
  // A Mastodon .tar.gz or a Bluesky .car gets its own sentence rather than "not a zip archive".
  if (!info.isDirectory()) await refuseUnsupportedFile(path, name);
  const source = info.isDirectory() ? await openFolderSource(path) : await openZipSource(path, limits);
  if (source.entries.length === 0) {
    throw new UserError(`${name} is empty.`, name);
  }
  return source;
}
