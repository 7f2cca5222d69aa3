/**
 * The normalised model every part of Hindsight shares (DESIGN.md, "Normalised model").
 * Importers produce these shapes, the store persists them, passes read them, the UI shows them.
 * Ids are always strings: X ids pass 2^53 and the 2019+ X archive stores numbers as strings.
 */

export type Platform = 'twitter' | 'facebook' | 'linkedin';

export const PLATFORM_LABELS: Record<Platform, string> = {
  twitter: 'X/Twitter',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
};

export type PostKind = 'post' | 'reply' | 'repost' | 'quote' | 'comment' | 'article' | 'message';

export type Visibility = 'public' | 'connections' | 'friends' | 'private' | 'unknown';

/** Where a post or photo says it was. `exact` = coordinates of a point; `place` = a named area (city, venue box). */
export interface Geo {
  lat: number | null;
  lon: number | null;
  placeName: string | null;
  precision: 'exact' | 'place';
  /** Which field of the export carried it, e.g. "coordinates", "place", "check-in", "exif". */
  source: string;
}

export interface Account {
  platform: Platform;
  handle: string;
  displayName: string | null;
  bio: string | null;
  location: string | null;
  url: string | null;
  createdAt: string | null;
  /** Further profile fields a platform offers (work, education, hometown, headline...). */
  extra: Record<string, string>;
}

export type MediaType = 'photo' | 'video' | 'gif' | 'other';

/** Metadata read from the bytes of an image entry (EXIF), when readable. */
export interface MediaMetadata {
  gpsLat: number | null;
  gpsLon: number | null;
  takenAt: string | null;
  cameraMake: string | null;
  cameraModel: string | null;
  orientation: number | null;
  /** True when the bytes could not be read as an image (corrupt or truncated). */
  unreadable: boolean;
}

export interface Media extends MediaMetadata {
  platform: Platform;
  /** The platform's own id of the post the media belongs to (null for loose photos). */
  postNativeId: string | null;
  /** Path of the file inside the archive, or null when the export holds only a URL. */
  path: string | null;
  /** Remote URL given by the export (never fetched; shown for reference). */
  sourceUrl: string | null;
  type: MediaType;
  size: number | null;
  altText: string | null;
  /** Location the platform itself recorded for the media (Facebook exif_data), apart from EXIF bytes. */
  platformGeo: Geo | null;
}

export interface Post {
  platform: Platform;
  /** The platform's own id, or a stable derived id where the export has none (Facebook, LinkedIn comments). */
  nativeId: string;
  kind: PostKind;
  /** UTC ISO-8601, e.g. 2015-11-01T08:00:22.000Z */
  createdAt: string;
  text: string;
  language: string | null;
  replyToId: string | null;
  replyToHandle: string | null;
  quoteOfUrl: string | null;
  visibility: Visibility;
  url: string | null;
  geo: Geo | null;
  deleted: boolean;
  /** Handle of the account that wrote it. */
  account: string;
  /** The source record as the export had it (for "show raw"). */
  raw: unknown;
  /**
   * Where `raw` sits in a data file the workspace keeps whole (X's tweets.js): the store then keeps
   * a pointer instead of a second copy of every record, which is most of an X import's writing.
   */
  rawSource?: RawSource;
}

/** Element `index` of the JSON list in archive entry `entry`, unwrapped from `{ [itemKey]: ... }` when itemKey is set. */
export interface RawSource {
  entry: string;
  index: number;
  itemKey: string | null;
}

export interface ArchiveInfo {
  id: number;
  platform: Platform;
  era: string;
  handle: string | null;
  fileName: string;
  contentHash: string;
  importedAt: string;
  /** Export date when the archive says it (X manifest), else null. */
  exportedAt: string | null;
  counts: { posts: number; media: number; deleted: number; skipped: number };
}

export type Severity = 'high' | 'medium' | 'low';

export type SubjectType = 'post' | 'media' | 'account';

export interface EvidenceSpan {
  start: number;
  end: number;
  /** What the words are evidence of, e.g. "patient-reference", "age", "company", "gps". */
  kind: string;
  text: string;
  /** Which field the offsets refer to: "text" (post text), "bio", "handle", "displayName", "exif"... */
  field?: string;
}

export interface Finding {
  pass: string;
  rule: string;
  severity: Severity;
  subjectType: SubjectType;
  /** Stable key of the subject, see subjectKey(). */
  subjectKey: string;
  evidence: EvidenceSpan[];
  explanation: string;
  /** Guidance paragraph references for the active edition, e.g. ["14"] or ["SM 20", "GMP 88"]. */
  guidance: string[];
  passVersion: number;
}

export type ReviewStatus = 'open' | 'keep' | 'remove' | 'edit' | 'done' | 'verified-removed';

export interface Review {
  subjectKey: string;
  pass: string;
  rule: string;
  status: ReviewStatus;
  note: string;
  decidedAt: string | null;
}

export type GuidanceEdition = '2013' | '2024';

export interface Settings {
  fullName: string;
  declaredInterests: string[];
  sensitivePlaces: { name: string; lat: number | null; lon: number | null }[];
  edition: GuidanceEdition;
}

export const DEFAULT_SETTINGS: Settings = {
  fullName: '',
  declaredInterests: [],
  sensitivePlaces: [],
  edition: '2013',
};

/** One key per reviewable thing, stable across re-imports (platform ids, archive paths, handles). */
export function subjectKey(type: SubjectType, platform: Platform, id: string): string {
  return `${type}:${platform}:${id}`;
}
