import type { Readable } from 'node:stream';

/** One file inside an archive (zip entry or file under a folder). Paths use "/" and have no leading "./". */
export interface EntryInfo {
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
  compressedSize: number;
  /** CRC-32 of the entry's bytes as the zip's central directory records it (zips only). */
  crc32?: number;
}

/** Entry bytes as stored: raw deflate (zip method 8) or as they are. */
export interface StoredEntry {
  encoding: 'deflate-raw' | 'identity';
  data: Buffer;
}

/**
 * An archive opened for reading: a zip or a folder behind one interface.
 * Entries are streamed one at a time; nothing is ever extracted to disk.
 */
export interface ArchiveSource {
  readonly kind: 'zip' | 'folder';
  /** File or folder name as the user chose it. */
  readonly name: string;
  readonly entries: readonly EntryInfo[];
  /** Stream one entry's bytes. Rejects with a UserError for an unreadable entry. */
  open(path: string): Promise<Readable>;
  /** Read a whole entry (for small JSON/CSV files). */
  read(path: string): Promise<Buffer>;
  /** An entry's bytes as the archive stores them (a zip's deflated bytes, no inflation): kept in the workspace as the source of raw records. */
  readStored(path: string): Promise<StoredEntry>;
  /** Read at most `bytes` from the start of an entry (image headers for EXIF). */
  readHead(path: string, bytes: number): Promise<Buffer>;
  close(): Promise<void>;
}
