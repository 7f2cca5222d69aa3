import type { EntryInfo } from '../source.js';

/**
 * Where each kind of Facebook file lives, by era (FORMATS.md 2.1). Matched as path suffixes,
 * so the export may sit inside a lone top-level folder, and the numbered parts (_1, _2 ...) that
 * Facebook splits big files into are all picked up.
 *
 * - ≈2019-2021: posts/your_posts_1.json, photos_and_videos/album/N.json, comments/comments.json,
 *   profile_information/profile_information.json
 * - ≈2022-2023: your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json,
 *   your_activity_across_facebook/comments_and_reactions/comments.json
 * - 2024-2025: your_facebook_activity/posts/..., personal_information/profile_information/profile_information.json
 */
const POSTS = /^(.*?)(?:your_facebook_activity\/|your_activity_across_facebook\/)?posts\/your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?\.json$/;
/** Posts the user wrote on other people's timelines and pages; the folder it sits in varies by era. */
const OTHER_POSTS = /(?:^|\/)posts_on_other_pages_and_profiles(?:_\d+)?\.json$/;
const POSTS_HTML = /(?:^|\/)(?:posts\/your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?|posts_on_other_pages_and_profiles(?:_\d+)?)\.html?$/;
const PROFILE = /^(.*?)(?:personal_information\/)?profile_information\/profile_information\.json$/;
const COMMENTS = /(?:^|\/)(?:comments|comments_and_reactions)\/comments(?:_v2)?(?:_\d+)?\.json$/;
const GROUP_COMMENTS = /(?:^|\/)groups\/your_comments_in_groups(?:_\d+)?\.json$/;
/** Album files (photos_and_videos/album/3.json before 2020, posts/album/3.json after) and the loose photo/video lists. */
const MEDIA_LISTS = /(?:^|\/)(?:photos_and_videos|posts)\/(?:album\/[^/]+|your_videos(?:_\d+)?|your_uncategorized_photos(?:_\d+)?|your_photos(?:_\d+)?)\.json$/;

export interface FacebookLayout {
  /** Prefix of the export's own root inside the archive ("" or "folder/"); media uris are relative to it. */
  root: string;
  era: 'json-2019' | 'json-2022' | 'json-2024' | 'html';
  posts: string[];
  mediaLists: string[];
  comments: string[];
  profile: string | null;
}

/** "your_posts_10.json" after "your_posts_2.json": compare the part numbers, not the strings. */
function byPartNumber(a: string, b: string): number {
  const n = (p: string): number => Number(/_(\d+)\.json$/.exec(p)?.[1] ?? 0);
  const stem = (p: string): string => p.replace(/_\d+\.json$/, '');
  return stem(a).localeCompare(stem(b)) || n(a) - n(b);
}

function ignored(path: string): boolean {
  return path.startsWith('__MACOSX/') || (path.split('/').pop() ?? '').startsWith('._');
}

/** Find the Facebook files in an archive; null when it holds none of them. */
export function facebookLayout(entries: readonly EntryInfo[]): FacebookLayout | null {
  const posts: string[] = [];
  const mediaLists: string[] = [];
  const comments: string[] = [];
  let profile: string | null = null;
  let root: string | null = null;
  let html = false;
  let newest = false;
  let middle = false;
  for (const { path } of entries) {
    if (ignored(path)) continue;
    if (path.includes('your_facebook_activity/')) newest = true;
    if (path.includes('your_activity_across_facebook/') || path.includes('comments_and_reactions/')) middle = true;
    const post = POSTS.exec(path);
    if (post) {
      posts.push(path);
      root ??= post[1]!;
    } else if (OTHER_POSTS.test(path)) posts.push(path);
    else if (MEDIA_LISTS.test(path)) mediaLists.push(path);
    else if (COMMENTS.test(path) || GROUP_COMMENTS.test(path)) comments.push(path);
    else if (POSTS_HTML.test(path)) html = true;
    else {
      const prof = PROFILE.exec(path);
      if (prof && !profile) {
        profile = path;
        root ??= prof[1]!;
      }
    }
  }
  if (posts.length === 0 && !profile && comments.length === 0) {
    return html ? { root: '', era: 'html', posts, mediaLists, comments, profile } : null;
  }
  const era = newest ? 'json-2024' : middle ? 'json-2022' : 'json-2019';
  return {
    root: root ?? '',
    era,
    posts: posts.sort(byPartNumber),
    mediaLists: mediaLists.sort(byPartNumber),
    comments: comments.sort(byPartNumber),
    profile,
  };
}
