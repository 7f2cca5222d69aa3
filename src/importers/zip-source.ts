import { open as openFile } from 'node:fs/promises';
import { basename } from 'node:path';
import unzipper from 'unzipper';
import { UserError } from '../result.js';
import { safeEntryPath } from './entry-path.js';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js';
import type { ArchiveSource, EntryInfo } from './source.js';
import { ZipEntryReader } from './zip-entry-reader.js';

type ZipFile = unzipper.File & { flags?: number; crc32?: number };

const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

async function startsLikeZip(path: string): Promise<boolean> {
  const fh = await openFile(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.some((m) => m.equals(head));
  } finally {
    await fh.close();
  }
}

/**
 * Open a .zip without extracting it: unzipper reads the central directory, and entries are then
 * read straight from the file, one or several at a time.
 */
export async function openZipSource(path: string, limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ArchiveSource> {
  const name = basename(path);
  if (!(await startsLikeZip(path))) {
    throw new UserError(`${name} is not a zip archive.`, name);
  }
  let directory: unzipper.CentralDirectory;
  try {
    directory = await unzipper.Open.file(path);
  } catch {
    throw new UserError(`${name} is incomplete or damaged (the zip's table of contents cannot be read); download it again.`, name);
  }
  const byPath = new Map<string, ZipFile>();
  const entries: EntryInfo[] = [];
  let total = 0;
  if (directory.files.length > limits.maxEntries) {
    throw new UserError(`${name} lists ${directory.files.length} entries, more than any real export; Hindsight will not read it.`, name);
  }
  for (const file of directory.files as ZipFile[]) {
    if (file.type !== 'File') continue;
    const entryPath = safeEntryPath(file.path, name);
    if (((file.flags ?? 0) & 0x1) !== 0) {
      throw new UserError(`${name} is password-protected (${entryPath} is encrypted); export it again without a password.`, name);
    }
    const size = file.uncompressedSize;
    const compressedSize = file.compressedSize;
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new UserError(`${name} would expand to more than ${Math.round(limits.maxTotalBytes / 1024 ** 3)} GB, which looks like a decompression bomb.`, name);
    }
    if (size > limits.ratioMinBytes && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      throw new UserError(`${name} looks like a decompression bomb: ${entryPath} expands ${Math.round(size / Math.max(compressedSize, 1))} times.`, name);
    }
    byPath.set(entryPath, file);
    entries.push({ path: entryPath, size, compressedSize, crc32: file.crc32 });
  }

  const fh = await openFile(path, 'r');
  const reader = new ZipEntryReader(fh, name);
  const entryFile = (p: string): ZipFile => {
    const f = byPath.get(p);
    if (!f) throw new Error(`no entry ${p} in ${name}`);
    return f;
  };

  const source: ArchiveSource = {
    kind: 'zip',
    name,
    entries,
    open: (p) => reader.open(entryFile(p)),
    read: (p) => reader.read(entryFile(p)),
    readStored: (p) => reader.readStored(entryFile(p)),
    readHead: (p, bytes) => reader.readHead(entryFile(p), bytes),
    close: () => fh.close(),
  };
  return source;
}
