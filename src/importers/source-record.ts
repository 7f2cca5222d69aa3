import { inflateRawSync } from 'node:zlib';
import type { StoredEntry } from './source.js';
import { unwrapItem, unwrapJs } from './twitter/ytd.js';

/** The text of a kept data file. */
export function storedText(stored: StoredEntry): string {
  const bytes = stored.encoding === 'deflate-raw' ? inflateRawSync(stored.data) : stored.data;
  return bytes.toString('utf8');
}

/** A kept data file as its list of records (a JSON list, bare or behind X's `window.YTD.… =` wrapper). */
export function storedList(stored: StoredEntry): unknown[] {
  const data: unknown = JSON.parse(unwrapJs(storedText(stored)));
  return Array.isArray(data) ? data : [];
}

/** One record of that list, unwrapped from `{ [itemKey]: record }` as the importer read it. */
export function recordAt(list: readonly unknown[], index: number, itemKey: string | null): unknown {
  const item = list[index];
  return itemKey === null ? (item ?? null) : (unwrapItem(item, itemKey) ?? null);
}
