import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { UserError } from '../result.js';
import type { StoredEntry } from './source.js';

/** What the central directory (read by unzipper) says about one entry. */
export interface ZipEntryRecord {
  path: string;
  offsetToLocalFileHeader: number;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
}

/** One output chunk for the whole entry: zlib otherwise joins many 16 KB chunks with a copy of the whole file. */
function outputChunk(size: number): number {
  return Math.min(Math.max(size + 1, 64 * 1024), 512 * 1024 * 1024);
}

/** Output chunk of streamed entries. */
export const STREAM_CHUNK = 256 * 1024;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;

/**
 * Reads entry bytes straight from the zip file through one shared file handle, using the offsets
 * unzipper found in the central directory. unzipper's own per-entry stream re-opens the file and
 * parses through a pull stream, which costs milliseconds per entry: too slow for archives with
 * thousands of photos whose first bytes are all we need. Several entries can be in flight at once
 * (positional reads on one handle).
 */
export class ZipEntryReader {
  constructor(
    private readonly fh: FileHandle,
    private readonly archiveName: string,
  ) {}

  /**
   * Positional read of a few KB, synchronously: from the page cache it takes microseconds, while
   * the thread-pool round trip of an async read costs more than the read itself, per photo.
   * Large reads (whole entries) go through streams instead.
   */
  private readAt(buf: Buffer, length: number, position: number): number {
    let done = 0;
    while (done < length) {
      const n = readSync(this.fh.fd, buf, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }

  private damaged(path: string, why: string): UserError {
    return new UserError(`${this.archiveName} is damaged: ${path} cannot be read (${why}).`, this.archiveName);
  }

  /** Where the entry's compressed bytes start (the local header's name and extra lengths can differ from the central one). */
  private async dataStart(e: ZipEntryRecord): Promise<number> {
    const header = Buffer.alloc(30);
    const bytesRead = this.readAt(header, 30, e.offsetToLocalFileHeader);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) throw this.damaged(e.path, 'no local header');
    return e.offsetToLocalFileHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  private checkMethod(e: ZipEntryRecord): void {
    if (e.compressionMethod !== STORED && e.compressionMethod !== DEFLATE) {
      throw new UserError(
        `${this.archiveName} uses a compression method Hindsight cannot read (${e.path}); re-zip it with a standard zip tool.`,
        this.archiveName,
      );
    }
  }

  private async readRaw(e: ZipEntryRecord, start: number, length: number): Promise<Buffer> {
    const buf = Buffer.alloc(length);
    const bytesRead = this.readAt(buf, length, start);
    if (bytesRead < length) throw this.damaged(e.path, 'the file ends early');
    return buf;
  }

  /** Stream the whole entry, refusing to inflate past its declared size (decompression bombs). */
  async open(e: ZipEntryRecord): Promise<Readable> {
    this.checkMethod(e);
    const start = await this.dataStart(e);
    const raw =
      e.compressedSize === 0
        ? (await import('node:stream')).Readable.from([])
        : this.fh.createReadStream({ start, end: start + e.compressedSize - 1, autoClose: false, highWaterMark: 1 << 20 });
    let seen = 0;
    const guard = new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        seen += chunk.length;
        if (seen > e.uncompressedSize) {
          done(new UserError(`${this.archiveName} looks like a decompression bomb: ${e.path} expands past its declared size.`, this.archiveName));
        } else done(null, chunk);
      },
      flush: (done) => done(seen < e.uncompressedSize ? this.damaged(e.path, 'it is shorter than declared') : null),
    });
    const fail = (err: Error): void => {
      guard.destroy(err instanceof UserError ? err : this.damaged(e.path, err.message));
    };
    if (e.compressionMethod === STORED) {
      raw.on('error', fail);
      return raw.pipe(guard);
    }
    // Chunks of 256 KB: few enough stream events per entry, small enough to come from reused memory.
    const inflate = createInflateRaw({ chunkSize: STREAM_CHUNK });
    raw.on('error', fail);
    inflate.on('error', fail);
    return raw.pipe(inflate).pipe(guard);
  }

  /** The whole entry in memory (small JSON/CSV files). */
  async read(e: ZipEntryRecord): Promise<Buffer> {
    this.checkMethod(e);
    const start = await this.dataStart(e);
    const compressed = await this.readRaw(e, start, e.compressedSize);
    let out: Buffer;
    try {
      out = e.compressionMethod === STORED ? compressed : inflateRawSync(compressed, { maxOutputLength: e.uncompressedSize + 1, chunkSize: outputChunk(e.uncompressedSize) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UserError(`${this.archiveName} looks like a decompression bomb: ${e.path} expands past its declared size.`, this.archiveName);
      }
      throw this.damaged(e.path, (err as Error).message);
    }
    if (out.length !== e.uncompressedSize) throw this.damaged(e.path, 'its size does not match the zip directory');
    return out;
  }

  /** The entry's compressed bytes as the zip holds them; the size check of `read` guards the inflation later. */
  async readStored(e: ZipEntryRecord): Promise<StoredEntry> {
    this.checkMethod(e);
    const start = await this.dataStart(e);
    const data = await this.readRaw(e, start, e.compressedSize);
    return { encoding: e.compressionMethod === STORED ? 'identity' : 'deflate-raw', data };
  }

  /**
   * At most `bytes` from the start of the entry, reading only the compressed bytes needed. The
   * local header and the data come in one positional read: thousands of photos, one syscall each.
   */
  async readHead(e: ZipEntryRecord, bytes: number): Promise<Buffer> {
    this.checkMethod(e);
    // Photos barely compress, so the same number of compressed bytes (plus slack) yields the head.
    const take = Math.min(e.compressedSize, e.compressionMethod === STORED ? bytes : bytes + 4 * 1024);
    const guess = 30 + Buffer.byteLength(e.path) + 128 + take;
    const buf = Buffer.allocUnsafe(guess);
    const bytesRead = this.readAt(buf, guess, e.offsetToLocalFileHeader);
    if (bytesRead < 30 || buf.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) throw this.damaged(e.path, 'no local header');
    const skip = 30 + buf.readUInt16LE(26) + buf.readUInt16LE(28);
    const compressed =
      skip + take <= bytesRead ? buf.subarray(skip, skip + take) : await this.readRaw(e, e.offsetToLocalFileHeader + skip, take);
    if (e.compressionMethod === STORED) return compressed;
    try {
      const out = inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(bytes * 64, 1 << 20) });
      return out.subarray(0, bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UserError(`${this.archiveName} looks like a decompression bomb: ${e.path} expands past its declared size.`, this.archiveName);
      }
      throw this.damaged(e.path, (err as Error).message);
    }
  }
}
