/** Small builders for normalised records, shared by the analysis unit tests and the eval. */
import type { Account, Geo, Media, Platform, Post, Settings } from '../src/model.js';
import { DEFAULT_SETTINGS } from '../src/model.js';
import { NO_METADATA } from '../src/importers/media/exif.js';
import type { PassContext, PostInput } from '../src/analysis/types.js';

let seq = 0;

export function makePost(text: string, o: Partial<Post> = {}): Post {
  return {
    platform: 'twitter',
    nativeId: o.nativeId ?? `p${++seq}`,
    kind: 'post',
    createdAt: '2019-05-01T10:00:00.000Z',
    text,
    language: 'en',
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    visibility: 'public',
    url: null,
    geo: null,
    deleted: false,
    account: 'doc',
    raw: null,
    ...o,
  };
}

export function makeMedia(o: Partial<Media> = {}): Media {
  return {
    platform: 'twitter',
    postNativeId: null,
    path: `data/tweets_media/m${++seq}.jpg`,
    sourceUrl: null,
    type: 'photo',
    size: 1000,
    altText: null,
    platformGeo: null,
    ...NO_METADATA,
    ...o,
  };
}

export function makeAccount(handle: string, displayName: string | null, bio: string | null, platform: Platform = 'twitter', extra: Record<string, string> = {}): Account {
  return { platform, handle, displayName, bio, location: null, url: null, createdAt: null, extra };
}

export function input(text: string, o: { media?: Media[]; account?: Account | null; post?: Partial<Post> } = {}): PostInput {
  return { post: makePost(text, o.post), media: o.media ?? [], account: o.account ?? null };
}

export function ctx(s: Partial<Settings> = {}): PassContext {
  return { settings: { ...DEFAULT_SETTINGS, ...s } };
}

export function geo(lat: number | null, lon: number | null, precision: Geo['precision'], source: string, placeName: string | null = null): Geo {
  return { lat, lon, placeName, precision, source };
}
