import type { Geo, Media, MediaMetadata } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import { NO_METADATA, readImageMetadata } from '../media/exif.js';
import { mediaTypeFromName } from '../media/image-type.js';
import type { ArchiveSource, EntryInfo } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { asArray, asObject, asString, asNumber } from './shape.js';
import { mapOrdered } from '../map-ordered.js';

/** Photo heads read at once; ~4 keeps a zip busy without holding many buffers. */
const HEADS_IN_FLIGHT = 4;

/** A media row waiting for the EXIF of its file (when the file is in the archive). */
export interface PendingMedia {
  media: Media;
  entry: EntryInfo | null;
}

/** Finds an export-relative `uri` among the archive's entries. */
export type ResolveUri = (uri: string) => EntryInfo | null;

export function makeResolver(entries: readonly EntryInfo[], root: string): ResolveUri {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  return (uri) => {
    if (/^[a-z]+:\/\//i.test(uri)) return null;
    const clean = uri.replace(/^\.?\//, '');
    return byPath.get(root + clean) ?? byPath.get(clean) ?? null;
  };
}

/** `exif_data` is a list of partial objects; later items fill what earlier ones lack. */
function mergedExifData(media: Record<string, unknown>): Record<string, unknown> {
  const meta = asObject(media.media_metadata);
  const holder = asObject(meta?.photo_metadata) ?? asObject(meta?.video_metadata);
  const merged: Record<string, unknown> = {};
  for (const item of asArray(holder?.exif_data)) {
    const o = asObject(item);
    if (o) for (const [k, v] of Object.entries(o)) if (!(k in merged)) merged[k] = v;
  }
  return merged;
}

function unixToIso(value: unknown): string | null {
  const n = asNumber(value);
  return n && n > 0 ? new Date(n * 1000).toISOString() : null;
}

/** Facebook's own record of where a photo was taken (exif_data latitude/longitude). 0,0 means none. */
export function platformGeoOf(exif: Record<string, unknown>): Geo | null {
  const lat = asNumber(exif.latitude);
  const lon = asNumber(exif.longitude);
  if (lat === null || lon === null || (lat === 0 && lon === 0)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon, placeName: null, precision: 'exact', source: 'exif_data' };
}

/**
 * The media row for one `media` object of a post, album or comment. Metadata from exif_data fills the
 * fields; the file's own EXIF (read later) takes precedence where it has a value.
 */
export function pendingMedia(mediaObj: Record<string, unknown>, postNativeId: string | null, resolve: ResolveUri, root: string): PendingMedia | null {
  const uri = asString(mediaObj.uri);
  if (!uri) return null;
  const entry = resolve(uri);
  const remote = /^[a-z]+:\/\//i.test(uri);
  const exif = mergedExifData(mediaObj);
  const meta = asObject(mediaObj.media_metadata);
  let type = mediaTypeFromName(uri.split('?')[0]!);
  if (type === 'other' && meta?.photo_metadata) type = 'photo';
  if (type === 'other' && meta?.video_metadata) type = 'video';
  const orientation = asNumber(exif.orientation);
  const media: Media = {
    ...NO_METADATA,
    takenAt: unixToIso(exif.taken_timestamp),
    cameraMake: asString(exif.camera_make) || null,
    cameraModel: asString(exif.camera_model) || null,
    orientation,
    platform: 'facebook',
    postNativeId,
    path: remote ? null : (entry?.path ?? root + uri.replace(/^\.?\//, '')),
    sourceUrl: remote ? uri : null,
    type,
    size: entry?.size ?? null,
    // Facebook's per-photo "description" is the caption the user typed on the photo.
    altText: asString(mediaObj.description) || null,
    platformGeo: platformGeoOf(exif),
  };
  return { media, entry };
}

function merge(media: Media, fromFile: MediaMetadata): Media {
  return {
    ...media,
    gpsLat: fromFile.gpsLat,
    gpsLon: fromFile.gpsLon,
    takenAt: fromFile.takenAt ?? media.takenAt,
    cameraMake: fromFile.cameraMake ?? media.cameraMake,
    cameraModel: fromFile.cameraModel ?? media.cameraModel,
    orientation: fromFile.orientation ?? media.orientation,
    unreadable: fromFile.unreadable,
  };
}

/**
 * Yield media records with the EXIF of every image file the archive holds. Heads are read a few at
 * a time; a corrupt image comes back `unreadable` and the import goes on.
 */
export async function* withFileMetadata(source: ArchiveSource, pending: readonly PendingMedia[], ctx: ImportContext): AsyncGenerator<ImportRecord> {
  const job = async ({ media, entry }: PendingMedia): Promise<Media> => {
    if (!entry || (media.type !== 'photo' && media.type !== 'gif')) return media;
    throwIfAborted(ctx.signal);
    const meta = await readImageMetadata(source, entry.path, entry.size);
    ctx.onEntry(entry.path, entry.size);
    return merge(media, meta);
  };
  for await (const media of mapOrdered(pending, HEADS_IN_FLIGHT, job)) {
    throwIfAborted(ctx.signal);
    yield { type: 'media', media };
  }
}
