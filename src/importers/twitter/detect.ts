import type { EntryInfo } from '../source.js';
import type { Detection } from '../types.js';

export type TwitterEra = 'legacy-2012-2018' | 'ytd-2019-early' | 'ytd-2019-2022' | 'ytd-2022';

const LABELS: Record<TwitterEra, string> = {
  'legacy-2012-2018': 'X/Twitter archive (legacy 2012-2018 layout)',
  'ytd-2019-early': 'X/Twitter archive (early 2019 layout)',
  'ytd-2019-2022': 'X/Twitter archive (2019-2022 layout)',
  'ytd-2022': 'X/Twitter archive (2022+ layout)',
};

/** Files that only an X archive has, relative to the archive's own root (FORMATS.md 1.1). */
const MARKERS: readonly RegExp[] = [
  /^data\/tweets?(?:-part\d+)?\.js$/,
  /^data\/(?:manifest|account|profile|note-tweet|deleted-tweets)\.js$/,
  /^data\/tweets?_media\/[^/]+$/,
  /^data\/js\/tweets\/\d{4}_\d{2}\.js$/,
  /^data\/js\/(?:tweet_index|user_details|payload_details)\.js$/,
  /^tweets\.csv$/,
  /^tweet(?:-part\d+)?\.js$/,
  /^account\.js$/,
];

/** Root-level names that, next to account.js, mark an early-2019 archive (before the data/ folder). */
const EARLY_COMPANIONS = /^(?:tweet(?:-part\d+)?|follower|following|like|profile|direct-message)\.js$/;

function isHidden(path: string): boolean {
  return path.startsWith('__MACOSX/') || path.split('/').pop()!.startsWith('.');
}

/**
 * The archive's root: "" when the X files sit at the top, else the folder they sit in (an export
 * unzipped and zipped again as "twitter-2022-11-21-abc/data/tweets.js"). Matched by path suffix;
 * the shortest prefix wins so that early-2019's root "tweet.js" never mistakes "data/" for a root.
 */
export function findRoot(entries: readonly EntryInfo[]): string | null {
  let root: string | null = null;
  for (const e of entries) {
    if (isHidden(e.path) || (root !== null && root.length === 0)) continue;
    const parts = e.path.split('/');
    // Only prefixes that leave a marker behind; checking each split point keeps this linear per entry.
    for (let i = 0; i < parts.length && i < 6; i++) {
      const prefix = parts.slice(0, i).join('/') + (i > 0 ? '/' : '');
      if (root !== null && prefix.length >= root.length) break;
      const rest = parts.slice(i).join('/');
      if (MARKERS.some((m) => m.test(rest))) {
        root = prefix;
        break;
      }
    }
  }
  return root;
}

/** Which era an archive is, from its entry names relative to its root. */
export function classify(rel: ReadonlySet<string>, relPaths: readonly string[]): TwitterEra | null {
  const any = (re: RegExp): boolean => relPaths.some((p) => re.test(p));
  if (any(/^data\/tweets(?:-part\d+)?\.js$/)) return 'ytd-2022';
  if (any(/^data\/tweet(?:-part\d+)?\.js$/)) return 'ytd-2019-2022';
  if (any(/^data\/js\/tweets\/\d{4}_\d{2}\.js$/) || rel.has('tweets.csv') || rel.has('data/js/user_details.js') || rel.has('data/js/tweet_index.js')) {
    return 'legacy-2012-2018';
  }
  if (any(/^tweet(?:-part\d+)?\.js$/) || (rel.has('account.js') && relPaths.some((p) => EARLY_COMPANIONS.test(p)))) {
    return 'ytd-2019-early';
  }
  // Only some data/ files (a partial export, or a folder of selected files): the media folder's
  // name tells the era apart; tweet_media/ was renamed tweets_media/ in 2022.
  if (any(/^data\/tweet_media\//)) return 'ytd-2019-2022';
  if (any(/^data\/(?:manifest|account|profile|note-tweet|deleted-tweets)\.js$/) || any(/^data\/tweets_media\//)) return 'ytd-2022';
  return null;
}

export function detectTwitter(entries: readonly EntryInfo[]): Detection | null {
  const root = findRoot(entries);
  if (root === null) return null;
  const relPaths = entries.filter((e) => e.path.startsWith(root) && !isHidden(e.path)).map((e) => e.path.slice(root.length));
  const era = classify(new Set(relPaths), relPaths);
  if (!era) return null;
  return { platform: 'twitter', era, label: LABELS[era], root };
}
