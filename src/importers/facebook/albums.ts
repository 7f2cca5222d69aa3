import { throwIfAborted } from '../../result.js';
import type { ImportRecord } from '../types.js';
import { BATCH, type FacebookRead } from './context.js';
import { readFacebookJson } from './json-file.js';
import { pendingMedia, withFileMetadata, type PendingMedia } from './media.js';
import { asArray, asObject, asString } from './shape.js';

/**
 * Album and photo/video list files (photos_and_videos/album/N.json before 2020, posts/album/N.json
 * after, your_videos.json, your_uncategorized_photos.json). A photo already yielded with its post
 * is not repeated; the rest are loose media (postNativeId null), still EXIF-read for the geotag pass.
 */
export async function* readMediaListFile(path: string, fb: FacebookRead): AsyncGenerator<ImportRecord> {
  const json = await readFacebookJson(fb.source, path, fb.ctx);
  const o = asObject(json);
  const lists = o
    ? [o.photos, o.videos, o.videos_v2, o.other_photos, o.other_photos_v2, o.photos_v2].filter(Array.isArray)
    : Array.isArray(json)
      ? [json]
      : [];
  const objects = lists.flatMap((l) => asArray(l)).map(asObject).filter((m): m is Record<string, unknown> => m !== null);
  const cover = asObject(o?.cover_photo);
  if (cover) objects.push(cover);
  for (let start = 0; start < objects.length; start += BATCH) {
    throwIfAborted(fb.ctx.signal);
    const batch: PendingMedia[] = [];
    for (const m of objects.slice(start, start + BATCH)) {
      const uri = asString(m.uri);
      if (!uri || fb.emittedUris.has(uri)) continue;
      const p = pendingMedia(m, null, fb.resolve, fb.root);
      if (!p) continue;
      fb.emittedUris.add(uri);
      batch.push(p);
    }
    yield* withFileMetadata(fb.source, batch, fb.ctx);
  }
}
