import type { EntryInfo } from './source.js';

/**
 * Archives often hold exactly one top-level folder with everything inside it (an unzipped export
 * zipped again, or "twitter-2022-11-21-abc/"). Return that folder's prefix ("name/") or "".
 * Hidden entries (__MACOSX/, .DS_Store) are ignored when looking.
 */
export function loneRootFolder(entries: readonly EntryInfo[]): string {
  let root: string | null = null;
  for (const e of entries) {
    if (e.path.startsWith('__MACOSX/') || e.path.split('/').pop()!.startsWith('.')) continue;
    const slash = e.path.indexOf('/');
    if (slash < 0) return '';
    const first = e.path.slice(0, slash + 1);
    if (root === null) root = first;
    else if (root !== first) return '';
  }
  return root ?? '';
}

/** Entries relative to a root prefix, e.g. for matching known file names. */
export function relativeEntries(entries: readonly EntryInfo[], root: string): EntryInfo[] {
  if (!root) return entries.slice();
  return entries.filter((e) => e.path.startsWith(root)).map((e) => ({ ...e, path: e.path.slice(root.length) }));
}
