import type { Media, MediaType } from '../../model.js';
import { NO_METADATA, readImageMetadata } from '../media/exif.js';
import { mediaTypeFromName } from '../media/image-type.js';
import type { ArchiveSource, EntryInfo } from '../source.js';
import type { ImportContext } from '../types.js';
import { throwIfAborted } from '../../result.js';
import { arr, at, num, str } from './json.js';
import { mediaEntities } from './text.js';

/** A media file to describe: in the archive (path) or only named by URL (legacy, or missing). */
export interface MediaPlan {
  postNativeId: string | null;
  path: string | null;
  size: number | null;
  type: MediaType;
  sourceUrl: string | null;
  altText: string | null;
}

interface FolderFile {
  path: string;
  name: string;
  size: number;
}

function entityType(value: unknown): MediaType | null {
  if (value === 'photo') return 'photo';
  if (value === 'video') return 'video';
  if (value === 'animated_gif') return 'gif';
  return null;
}

/** Last path segment of a URL without its query: the name X gives the file on disk. */
function urlName(url: string | null): string | null {
  if (!url) return null;
  const name = url.split('?')[0]!.split('/').pop();
  return name || null;
}

/** Highest-bitrate video/mp4 variant; the list is unordered and its HLS variant has no bitrate. */
function bestMp4(media: unknown): string | null {
  let best: { url: string; bitrate: number } | null = null;
  for (const v of arr(at(media, 'video_info', 'variants'))) {
    const url = str(at(v, 'url'));
    if (!url || at(v, 'content_type') !== 'video/mp4') continue;
    const bitrate = num(at(v, 'bitrate')) ?? 0;
    if (!best || bitrate > best.bitrate) best = { url, bitrate };
  }
  return best?.url ?? null;
}

/**
 * The media folders of a 2019+ archive: `data/tweets_media/` (2022+), `data/tweet_media/`
 * (2019-2022), `data/deleted_tweets_media/`, `data/community_tweet_media/`. Files are named
 * `<tweet id>-<name>`: the photo's pbs.twimg.com key, or for video/GIF the best mp4's file name.
 */
export class MediaFolder {
  private readonly byTweet = new Map<string, FolderFile[]>();
  private readonly claimed = new Set<string>();

  constructor(entries: readonly EntryInfo[], dirs: readonly string[]) {
    const prefixes = dirs.map((d) => (d.endsWith('/') ? d : `${d}/`));
    for (const e of entries) {
      const dir = prefixes.find((p) => e.path.startsWith(p));
      if (!dir) continue;
      const name = e.path.slice(dir.length);
      if (name.includes('/') || name.startsWith('.') || !name.includes('-')) continue;
      const tweetId = name.slice(0, name.indexOf('-'));
      const list = this.byTweet.get(tweetId) ?? [];
      list.push({ path: e.path, name, size: e.size });
      this.byTweet.set(tweetId, list);
    }
  }

  private claim(file: FolderFile): FolderFile {
    this.claimed.add(file.path);
    return file;
  }

  /** Media of one tweet: each listed item with its file when the folder has it, then any extra files of the tweet. */
  forTweet(tweet: unknown, tweetId: string): MediaPlan[] {
    const entities = mediaEntities(tweet);
    const files = this.byTweet.get(tweetId);
    // Most tweets have no media: skip the bookkeeping below for them.
    if (entities.length === 0 && !files) return [];
    return this.plansFor(entities, files ?? [], tweetId);
  }

  private plansFor(entities: unknown[], files: FolderFile[], tweetId: string): MediaPlan[] {
    const seen = new Set<string>();
    const listed: { type: MediaType | null; fileName: string | null; sourceUrl: string | null; altText: string | null; file?: FolderFile }[] = [];
    for (const m of entities) {
      const mediaId = str(at(m, 'id_str')) ?? str(at(m, 'media_url_https'));
      if (mediaId && seen.has(mediaId)) continue;
      if (mediaId) seen.add(mediaId);
      const sourceUrl = str(at(m, 'media_url_https')) ?? str(at(m, 'media_url'));
      const type = entityType(at(m, 'type'));
      const name = type === 'photo' || type === null ? urlName(sourceUrl) : urlName(bestMp4(m));
      listed.push({ type, fileName: name && `${tweetId}-${name}`, sourceUrl, altText: str(at(m, 'ext_alt_text')) });
    }
    const free = (f: FolderFile): boolean => !this.claimed.has(f.path);
    for (const item of listed) {
      const file = files.find((f) => free(f) && f.name === item.fileName);
      if (file) item.file = this.claim(file);
    }
    // Fallback used by timhutton's parser: any unclaimed `<tweet id>-*` file of the same kind.
    for (const item of listed) {
      if (item.file) continue;
      const file = files.find((f) => free(f) && (mediaTypeFromName(f.name) === 'photo') === (item.type === 'photo'));
      if (file) item.file = this.claim(file);
    }
    const plans: MediaPlan[] = listed.map((item) => ({
      postNativeId: tweetId,
      path: item.file?.path ?? null,
      size: item.file?.size ?? null,
      type: item.type ?? (item.file ? mediaTypeFromName(item.file.name) : 'other'),
      sourceUrl: item.sourceUrl,
      altText: item.altText,
    }));
    for (const f of files) if (free(f)) plans.push(this.fileOnly(this.claim(f), tweetId));
    return plans;
  }

  /** Files no tweet claimed (their tweet is missing from the archive); each is still a media record. */
  leftovers(): MediaPlan[] {
    const out: MediaPlan[] = [];
    for (const [tweetId, files] of this.byTweet) {
      for (const f of files) if (!this.claimed.has(f.path)) out.push(this.fileOnly(this.claim(f), tweetId));
    }
    return out;
  }

  private fileOnly(f: FolderFile, tweetId: string): MediaPlan {
    return { postNativeId: tweetId, path: f.path, size: f.size, type: mediaTypeFromName(f.name), sourceUrl: null, altText: null };
  }
}

/** Legacy (2012-2018) archives name media by URL only; nothing is in the archive. */
export function urlOnlyMedia(tweet: unknown, tweetId: string): MediaPlan[] {
  return mediaEntities(tweet).map((m) => ({
    postNativeId: tweetId,
    path: null,
    size: null,
    type: entityType(at(m, 'type')) ?? 'photo',
    sourceUrl: str(at(m, 'media_url_https')) ?? str(at(m, 'media_url')),
    altText: str(at(m, 'ext_alt_text')),
  }));
}

/** Turn a plan into a media record, reading EXIF from image files (unreadable images are flagged, not fatal). */
export async function describeMedia(source: ArchiveSource, plan: MediaPlan, ctx: ImportContext): Promise<Media> {
  let meta = { ...NO_METADATA };
  if (plan.path && mediaTypeFromName(plan.path) === 'photo') {
    throwIfAborted(ctx.signal);
    meta = await readImageMetadata(source, plan.path, plan.size ?? 0);
    ctx.onEntry(plan.path, plan.size ?? 0);
  }
  return { platform: 'twitter', ...plan, ...meta, platformGeo: null };
}
