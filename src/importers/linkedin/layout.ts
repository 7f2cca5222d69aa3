import { loneRootFolder } from '../root-folder.js';
import type { EntryInfo } from '../source.js';

/**
 * LinkedIn's "Get a copy of your data" zip is flat: Shares.csv, Comments.csv, Profile.csv,
 * Positions.csv, Rich_Media.csv ... at its root, articles as HTML under Articles/Articles/ (or
 * Articles/) (FORMATS.md 3.1). File names are matched case-insensitively: a few tools re-zip with
 * lower-case names.
 */
export interface LinkedinLayout {
  root: string;
  shares: string | null;
  comments: string | null;
  profile: string | null;
  positions: string | null;
  connections: string | null;
  richMedia: string | null;
  articles: string[];
}

export function linkedinLayout(entries: readonly EntryInfo[]): LinkedinLayout | null {
  const root = loneRootFolder(entries);
  const top = new Map<string, string>();
  const articles: string[] = [];
  for (const { path } of entries) {
    if (!path.startsWith(root)) continue;
    const rel = path.slice(root.length);
    if (!rel.includes('/')) top.set(rel.toLowerCase(), path);
    else if (/^articles\/(?:articles\/)?[^/]+\.html?$/i.test(rel)) articles.push(path);
  }
  const layout: LinkedinLayout = {
    root,
    shares: top.get('shares.csv') ?? null,
    comments: top.get('comments.csv') ?? null,
    profile: top.get('profile.csv') ?? null,
    positions: top.get('positions.csv') ?? null,
    connections: top.get('connections.csv') ?? null,
    richMedia: top.get('rich_media.csv') ?? null,
    articles: articles.sort(),
  };
  // Shares.csv alone (or Comments.csv, for someone who only comments) is LinkedIn's; Profile.csv is
  // too generic a name on its own, so it needs Positions.csv or Connections.csv beside it.
  const recognised =
    layout.shares !== null ||
    (layout.comments !== null && (layout.profile !== null || layout.connections !== null || layout.shares !== null)) ||
    (layout.profile !== null && (layout.positions !== null || layout.connections !== null));
  return recognised ? layout : null;
}
