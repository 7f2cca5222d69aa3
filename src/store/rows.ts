import type { Account, Geo, Media, MediaType, Platform, Post, PostKind, Visibility } from '../model.js';

/** Row shapes as SQLite returns them, and their conversion to the normalised model. */

export interface PostRow {
  id: number;
  platform: Platform;
  native_id: string;
  account: string;
  kind: PostKind;
  created_at: string;
  text: string;
  language: string | null;
  reply_to_id: string | null;
  reply_to_handle: string | null;
  quote_of_url: string | null;
  visibility: Visibility;
  url: string | null;
  geo: string | null;
  deleted: number;
  raw: string;
  first_archive_id: number;
  last_archive_id: number;
}

export interface MediaRow {
  id: number;
  platform: Platform;
  media_key: string;
  post_native_id: string | null;
  path: string | null;
  source_url: string | null;
  type: MediaType;
  size: number | null;
  alt_text: string | null;
  gps_lat: number | null;
  gps_lon: number | null;
  taken_at: string | null;
  camera_make: string | null;
  camera_model: string | null;
  orientation: number | null;
  unreadable: number;
  platform_geo: string | null;
  archive_id: number;
}

export interface AccountRow {
  platform: Platform;
  handle: string;
  display_name: string | null;
  bio: string | null;
  location: string | null;
  url: string | null;
  created_at: string | null;
  extra: string;
}

/** Posts come back without their source record, which can be large; the service's `sourceRecord` reads it. */
export function postFromRow(r: PostRow): Post {
  return {
    platform: r.platform,
    nativeId: r.native_id,
    kind: r.kind,
    createdAt: r.created_at,
    text: r.text,
    language: r.language,
    replyToId: r.reply_to_id,
    replyToHandle: r.reply_to_handle,
    quoteOfUrl: r.quote_of_url,
    visibility: r.visibility,
    url: r.url,
    geo: r.geo ? (JSON.parse(r.geo) as Geo) : null,
    deleted: r.deleted === 1,
    account: r.account,
    raw: null,
  };
}

export function mediaFromRow(r: MediaRow): Media {
  return {
    platform: r.platform,
    postNativeId: r.post_native_id,
    path: r.path,
    sourceUrl: r.source_url,
    type: r.type,
    size: r.size,
    altText: r.alt_text,
    gpsLat: r.gps_lat,
    gpsLon: r.gps_lon,
    takenAt: r.taken_at,
    cameraMake: r.camera_make,
    cameraModel: r.camera_model,
    orientation: r.orientation,
    unreadable: r.unreadable === 1,
    platformGeo: r.platform_geo ? (JSON.parse(r.platform_geo) as Geo) : null,
  };
}

export function accountFromRow(r: AccountRow): Account {
  return {
    platform: r.platform,
    handle: r.handle,
    displayName: r.display_name,
    bio: r.bio,
    location: r.location,
    url: r.url,
    createdAt: r.created_at,
    extra: JSON.parse(r.extra) as Record<string, string>,
  };
}

/** Media have no id of their own in most exports: key them by post and file (or URL) name. */
export function mediaKey(m: Media): string {
  const name = (m.path ?? m.sourceUrl ?? '').split('/').pop() ?? '';
  return `${m.postNativeId ?? ''}|${name}`;
}
