import type { EntryInfo } from '../source.js';
import type { TwitterEra } from './detect.js';

/** Where each file an importer needs sits in this archive (full entry paths, root included). */
export interface TwitterLayout {
  root: string;
  manifest: string | null;
  account: string | null;
  profile: string | null;
  tweetFiles: string[];
  deletedFiles: string[];
  noteFiles: string[];
  communityFiles: string[];
  mediaDirs: string[];
  deletedMediaDirs: string[];
  /** Legacy 2012-2018. */
  monthFiles: string[];
  tweetsCsv: string | null;
  userDetails: string | null;
}

/** "tweets.js" first, then "tweets-part1.js", "tweets-part2.js"... by number, not by string. */
function partOrder(a: string, b: string): number {
  const n = (p: string): number => Number(/-part(\d+)\.js$/.exec(p)?.[1] ?? -1);
  return n(a) - n(b) || a.localeCompare(b);
}

export function findLayout(entries: readonly EntryInfo[], root: string, era: TwitterEra): TwitterLayout {
  const paths = new Set(entries.map((e) => e.path));
  // Early-2019 archives put the YTD files at the root; every later one under data/.
  const base = root + (era === 'ytd-2019-early' ? '' : 'data/');
  const has = (p: string): string | null => (paths.has(p) ? p : null);
  const parts = (name: string): string[] => {
    const re = new RegExp(`^${name}(?:-part\\d+)?\\.js$`);
    return [...paths].filter((p) => p.startsWith(base) && re.test(p.slice(base.length))).sort(partOrder);
  };
  return {
    root,
    manifest: has(`${root}data/manifest.js`),
    account: has(`${base}account.js`),
    profile: has(`${base}profile.js`),
    // Both names: the type was renamed tweet -> tweets in 2022, and a file is read once either way.
    tweetFiles: era === 'legacy-2012-2018' ? [] : [...parts('tweet'), ...parts('tweets')],
    deletedFiles: parts('deleted-tweets'),
    noteFiles: parts('note-tweet'),
    communityFiles: parts('community-tweet'),
    mediaDirs: [`${base}tweets_media/`, `${base}tweet_media/`, `${base}community_tweet_media/`],
    deletedMediaDirs: [`${base}deleted_tweets_media/`, `${base}deleted_tweet_media/`],
    monthFiles: [...paths]
      .filter((p) => p.startsWith(`${root}data/js/tweets/`) && /^\d{4}_\d{2}\.js$/.test(p.slice(`${root}data/js/tweets/`.length)))
      .sort(),
    tweetsCsv: has(`${root}tweets.csv`),
    userDetails: has(`${root}data/js/user_details.js`),
  };
}
