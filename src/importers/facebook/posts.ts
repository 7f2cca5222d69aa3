import type { Geo, Post } from '../../model.js';
import type { ImportRecord } from '../types.js';
import { ACTIVITY_LOG_URL, photoUrl, type FacebookRead } from './context.js';
import { facebookPost, yieldItems } from './items.js';
import { readFacebookJson } from './json-file.js';
import { pendingMedia, type PendingMedia } from './media.js';
import { asArray, asNumber, asObject, asString, listItems } from './shape.js';
import { facebookStableId } from './stable-id.js';

/** A check-in's `place {name, coordinate {latitude, longitude}}`; 0,0 counts as no coordinates. */
export function geoFromPlace(place: Record<string, unknown>): Geo | null {
  const name = asString(place.name) || asString(place.address) || null;
  const coord = asObject(place.coordinate) ?? asObject(place.coordinates);
  const lat = asNumber(coord?.latitude);
  const lon = asNumber(coord?.longitude);
  if (lat !== null && lon !== null && !(lat === 0 && lon === 0) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    return { lat, lon, placeName: name, precision: 'exact', source: 'check-in' };
  }
  return name ? { lat: null, lon: null, placeName: name, precision: 'place', source: 'check-in' } : null;
}

export interface ParsedItem {
  post: Post;
  media: PendingMedia[];
}

/** The pieces of `attachments[].data[]` a post or comment can carry. */
export function attachmentParts(item: Record<string, unknown>): { media: Record<string, unknown>[]; keys: string[]; geo: Geo | null } {
  const media: Record<string, unknown>[] = [];
  const keys: string[] = [];
  let geo: Geo | null = null;
  const places: Record<string, unknown>[] = [];
  const top = asObject(item.place);
  if (top) places.push(top);
  for (const att of asArray(item.attachments)) {
    for (const d of asArray(asObject(att)?.data)) {
      const o = asObject(d);
      if (!o) continue;
      const m = asObject(o.media);
      if (m && asString(m.uri)) {
        media.push(m);
        keys.push(asString(m.uri));
      }
      const ext = asObject(o.external_context);
      if (ext) keys.push(asString(ext.url) || asString(ext.name));
      const place = asObject(o.place);
      if (place) places.push(place);
    }
  }
  for (const place of places) {
    keys.push(asString(place.name));
    // Prefer the place with coordinates when a post has more than one.
    const g = geoFromPlace(place);
    if (g && (!geo || (geo.precision === 'place' && g.precision === 'exact'))) geo = g;
  }
  return { media, keys: keys.filter(Boolean), geo };
}

/**
 * One item of a posts file (all eras share the shape: `timestamp`, `data[].post`, `attachments`,
 * `title`). Returns a reason string for items that are not posts.
 */
export function parsePostItem(raw: unknown, fb: FacebookRead): ParsedItem | string {
  const item = asObject(raw);
  if (!item) return 'not a post object';
  const ts = asNumber(item.timestamp);
  if (ts === null) return 'no timestamp, so not a post (a message or other record)';
  const text = asArray(item.data)
    .map((d) => asString(asObject(d)?.post))
    .filter((s) => s.trim() !== '')
    .join('\n\n');
  const { media, keys, geo } = attachmentParts(item);
  const nativeId = facebookStableId('post', ts, text, keys);
  const firstPhoto = media.map((m) => photoUrl(asString(m.uri))).find((u) => u !== null) ?? null;
  const post = facebookPost(fb, { kind: 'post', nativeId, ts, text, url: firstPhoto ?? ACTIVITY_LOG_URL, geo: geo, raw: item });

  const pending: PendingMedia[] = [];
  for (const m of media) {
    const p = pendingMedia(m, nativeId, fb.resolve, fb.root);
    if (!p) continue;
    pending.push(p);
    fb.emittedUris.add(asString(m.uri));
  }
  return { post, media: pending };
}

/** Stream the posts of one posts file (your_posts_N.json, your_posts__check_ins__photos_and_videos_N.json, posts_on_other_pages...). */
export async function* readPostsFile(path: string, fb: FacebookRead): AsyncGenerator<ImportRecord> {
  const json = await readFacebookJson(fb.source, path, fb.ctx);
  // Top level is an array in every era seen; older wall-post files wrap it in an object.
  const items = listItems(json, ['wall_posts_sent_v2', 'status_updates_v2', 'posts']);
  yield* yieldItems(items, path, fb, parsePostItem);
}
