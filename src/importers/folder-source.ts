import { createReadStream } from 'node:fs';
import { lstat, open as openFile, readdir, readFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { STREAM_CHUNK } from './zip-entry-reader.js';
import { UserError } from '../result.js';
import type { ArchiveSource, EntryInfo } from './source.js';

/** List regular files under a folder, depth first; symbolic links are not followed (they could leave the folder). */
async function walk(root: string): Promise<EntryInfo[]> {
  const out: EntryInfo[] = [];
  const visit = async (dir: string): Promise<void> => {
    const items = await readdir(dir, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const full = join(dir, item.name);
      if (item.isDirectory()) await visit(full);
      else if (item.isFile()) {
        const { size } = await lstat(full);
        out.push({ path: full.slice(root.length + 1).split(sep).join('/'), size, compressedSize: size });
      }
    }
  };
  await visit(root);
  return out;
}

/** An unzipped export, read in place. */
export async function openFolderSource(path: string): Promise<ArchiveSource> {
  const name = basename(path);
  let entries: EntryInfo[];
  try {
    entries = await walk(path);
  } catch {
    throw new UserError(`The folder ${name} cannot be read.`, name);
  }
  const known = new Set(entries.map((e) => e.path));
  const full = (p: string): string => {
    if (!known.has(p)) throw new Error(`no entry ${p} in ${name}`);
    return join(path, ...p.split('/'));
  };
  return {
    kind: 'folder',
    name,
    entries,
    async open(p): Promise<Readable> {
      return createReadStream(full(p), { highWaterMark: STREAM_CHUNK });
    },
    read: (p) => readFile(full(p)),
    readStored: async (p) => ({ encoding: 'identity', data: await readFile(full(p)) }),
    async readHead(p, bytes) {
      const fh = await openFile(full(p), 'r');
      try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
    async close() {},
  };
}
