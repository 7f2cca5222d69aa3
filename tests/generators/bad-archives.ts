/**
 * Writes the bad inputs a user can meet (DESIGN.md invariant 3): not a zip, a truncated zip,
 * an encrypted entry, a path-traversal name, a decompression bomb, an empty archive and an
 * archive of an unknown kind. Crafted by patching real zips byte for byte where yazl refuses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

export async function zipBuffer(entries: { path: string; data: Buffer | string }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data), e.path);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Replace every occurrence of an entry name in the local and central headers (same length). */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  while (at >= 0) {
    out.write(to, at);
    at = out.indexOf(needle, at + 1);
  }
  return out;
}

/** Set the "encrypted" bit (general purpose flag bit 0) on every local and central header. */
function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

const TWEETS = 'window.YTD.tweets.part0 = []';

export interface BadArchives {
  notZip: string;
  truncated: string;
  encrypted: string;
  traversal: string;
  absolute: string;
  bomb: string;
  empty: string;
  unknown: string;
  missing: string;
}

export async function writeBadArchives(dir: string): Promise<BadArchives> {
  const good = await zipBuffer([
    { path: 'data/manifest.js', data: 'window.__THAR_CONFIG = {}' },
    { path: 'data/tweets.js', data: TWEETS + ' '.repeat(4000) },
  ]);
  const files: BadArchives = {
    notZip: join(dir, 'holiday-photo.zip'),
    truncated: join(dir, 'truncated.zip'),
    encrypted: join(dir, 'encrypted.zip'),
    traversal: join(dir, 'traversal.zip'),
    absolute: join(dir, 'absolute.zip'),
    bomb: join(dir, 'bomb.zip'),
    empty: join(dir, 'empty.zip'),
    unknown: join(dir, 'unknown.zip'),
    missing: join(dir, 'does-not-exist.zip'),
  };
  writeFileSync(files.notZip, Buffer.from('\xff\xd8\xff\xe0 this is a JPEG, not a zip', 'latin1'));
  writeFileSync(files.truncated, good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(files.encrypted, markEncrypted(good));
  writeFileSync(
    files.traversal,
    renameEntry(await zipBuffer([{ path: 'xx/evil.js', data: 'x' }, { path: 'data/tweets.js', data: TWEETS }]), 'xx/evil.js', '../evil.js'),
  );
  writeFileSync(
    files.absolute,
    renameEntry(await zipBuffer([{ path: 'etc/passwdX', data: 'x' }, { path: 'data/tweets.js', data: TWEETS }]), 'etc/passwdX', '/etc/passwd'),
  );
  writeFileSync(files.bomb, await zipBuffer([{ path: 'data/tweets.js', data: Buffer.alloc(16 * 1024 * 1024, 0x20) }]));
  writeFileSync(files.empty, await zipBuffer([]));
  writeFileSync(files.unknown, await zipBuffer([{ path: 'notes/shopping.txt', data: 'milk, eggs' }]));
  return files;
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
