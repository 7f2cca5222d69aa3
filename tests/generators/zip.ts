/** Write a zip archive from in-memory entries (yazl), the way export services deliver them. */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZipEntry {
  path: string;
  data: Buffer | string;
}

export async function writeZip(path: string, entries: readonly ZipEntry[]): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8'), e.path);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
  return path;
}

/** Write the same entries as an unzipped folder. */
export async function writeFolder(path: string, entries: readonly ZipEntry[]): Promise<string> {
  for (const e of entries) {
    const full = `${path}/${e.path}`;
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, e.data);
  }
  return path;
}
