import exifr from 'exifr';
import type { MediaMetadata } from '../../model.js';
import type { ArchiveSource } from '../source.js';
import { sniffImage } from './image-type.js';

/** A JPEG's EXIF sits in its first APP1 segment, so a small head usually holds it whole. */
const FIRST_BYTES = 16 * 1024;
/** For other formats (HEIC, PNG, TIFF) metadata can sit further in. */
const HEAD_BYTES = 128 * 1024;
/** Beyond this an image is not re-read whole to look for metadata further in. */
const FULL_READ_LIMIT = 64 * 1024 * 1024;

export const NO_METADATA: MediaMetadata = {
  gpsLat: null,
  gpsLon: null,
  takenAt: null,
  cameraMake: null,
  cameraModel: null,
  orientation: null,
  unreadable: false,
};

/** EXIF dates are local camera time with no zone ("2021:08:16 12:30:01"); keep them as local ISO. */
function exifDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/\0+$/, '').trim() : null;
}

function finite(n: unknown): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Turn exifr's output into our fields. GPS of exactly 0,0 means "no fix" on cameras and phones. */
export function metadataFromExif(tags: Record<string, unknown> | undefined): MediaMetadata {
  if (!tags) return { ...NO_METADATA };
  let lat = finite(tags.latitude);
  let lon = finite(tags.longitude);
  if (lat === 0 && lon === 0) lat = lon = null;
  if (lat !== null && (Math.abs(lat) > 90 || lon === null || Math.abs(lon) > 180)) lat = lon = null;
  return {
    gpsLat: lat,
    gpsLon: lat === null ? null : lon,
    takenAt: exifDate(tags.DateTimeOriginal) ?? exifDate(tags.CreateDate) ?? exifDate(tags.ModifyDate),
    cameraMake: text(tags.Make),
    cameraModel: text(tags.Model),
    orientation: finite(tags.Orientation),
    unreadable: false,
  };
}

const EXIF_OPTIONS: Parameters<typeof exifr.parse>[1] = {
  tiff: true,
  ifd0: { pick: ['Make', 'Model', 'Orientation', 'ModifyDate'] },
  exif: { pick: ['DateTimeOriginal', 'CreateDate'] },
  gps: true,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  ifd1: false,
  interop: false,
  translateValues: false,
  reviveValues: false,
};

/** Parse the metadata in a buffer holding an image (whole or its head). Throws when the bytes are not an image. */
export async function parseImageMetadata(bytes: Buffer): Promise<MediaMetadata> {
  if (!sniffImage(bytes)) throw new Error('not an image');
  const tags = (await exifr.parse(bytes, EXIF_OPTIONS)) as Record<string, unknown> | undefined;
  return metadataFromExif(tags);
}

/** True when the bytes end with JPEG's end-of-image marker (some writers pad with zeros after it). */
export function endsLikeJpeg(bytes: Buffer): boolean {
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0) end--;
  return end >= 4 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
}

/**
 * Where a JPEG's metadata ends: the end of its EXIF APP1 segment, found by walking the segment
 * headers from the start. 0 when the JPEG has no EXIF before its image data.
 */
export function jpegMetadataEnd(head: Buffer): number {
  const end = jpegExifEnd(head);
  return end === NO_EXIF || end === MALFORMED ? 0 : end;
}

/** jpegExifEnd: the segment list reached the image data with no EXIF segment. */
const NO_EXIF = -1;
/** jpegExifEnd: the segment list is not well formed (left to exifr and the whole-file fallback). */
const MALFORMED = -2;

function jpegExifEnd(head: Buffer): number {
  let at = 2;
  while (at + 4 <= head.length) {
    if (head[at] !== 0xff) return MALFORMED;
    const marker = head[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return NO_EXIF; // start of scan / end of image
    const length = head.readUInt16BE(at + 2);
    if (marker === 0xe1 && head.subarray(at + 4, at + 10).toString('latin1') === 'Exif\0\0') return at + 2 + length;
    at += 2 + length;
  }
  // The head ended inside the segment list: ask for more.
  return at + 64 * 1024;
}

/**
 * Read an image entry's EXIF from its first bytes, falling back to the whole entry only when the
 * head was not enough. A corrupt or truncated image is recorded as unreadable; the import goes on.
 */
export async function readImageMetadata(source: ArchiveSource, path: string, size: number): Promise<MediaMetadata> {
  let head: Buffer;
  try {
    head = await source.readHead(path, FIRST_BYTES);
    const kind = sniffImage(head);
    if (!kind) return { ...NO_METADATA, unreadable: true };
    // A JPEG we hold whole must end with its end-of-image marker; one cut short is unreadable.
    if (kind === 'jpeg' && size <= head.length && !endsLikeJpeg(head)) return { ...NO_METADATA, unreadable: true };
    // Most shared photos have had their metadata stripped (X strips it on upload): a JPEG whose
    // segments reach the image data with no EXIF segment has nothing for exifr to find.
    if (kind === 'jpeg' && jpegExifEnd(head) === NO_EXIF) return NO_METADATA;
    const needed = kind === 'jpeg' ? jpegMetadataEnd(head) : HEAD_BYTES;
    if (needed > head.length && size > head.length) head = await source.readHead(path, Math.min(needed, FULL_READ_LIMIT));
  } catch {
    return { ...NO_METADATA, unreadable: true };
  }
  try {
    return await parseImageMetadata(head);
  } catch {
    if (size <= head.length || size > FULL_READ_LIMIT) return { ...NO_METADATA, unreadable: true };
  }
  try {
    return await parseImageMetadata(await source.read(path));
  } catch {
    return { ...NO_METADATA, unreadable: true };
  }
}
