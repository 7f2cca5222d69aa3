import { UserError } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext } from '../types.js';
import { isObject } from './json.js';

/**
 * X archives (2019+) wrap each data file as JavaScript: `window.YTD.tweets.part0 = [ ... ]`, and the
 * manifest as `window.__THAR_CONFIG = {...}`. Legacy (2012-2018) files do the same with
 * `Grailbird.data.tweets_2015_11 =` and `var user_details =`. The global's name changed between
 * eras (tweet/tweets, partN), so everything after the first `=` is taken, never a fixed name.
 */
export function unwrapJs(text: string): string {
  let body = text.replace(/^\uFEFF/, '');
  const eq = body.indexOf('=');
  // A bare JSON file (no assignment) is accepted as it is: some re-zipped archives strip the wrapper.
  if (eq >= 0 && !/^\s*[[{]/.test(body)) body = body.slice(eq + 1);
  body = body.trim();
  if (body.endsWith(';')) body = body.slice(0, -1).trimEnd();
  return body;
}

export function malformed(path: string, archive: string, what = 'the JSON is malformed'): UserError {
  return new UserError(
    `${path} in ${archive} is not valid X data (${what}); download the archive again from X and re-import it.`,
    path,
  );
}

/** Read one wrapped data file whole and parse it. Malformed JSON is a UserError naming the file. */
export async function readJsFile(source: ArchiveSource, path: string, ctx: ImportContext): Promise<unknown> {
  const bytes = await source.read(path);
  ctx.onEntry(path, bytes.length);
  try {
    return JSON.parse(unwrapJs(bytes.toString('utf8')));
  } catch {
    throw malformed(path, source.name);
  }
}

/** Read a data file that must hold a list (tweets, notes, account...). */
export async function readJsList(source: ArchiveSource, path: string, ctx: ImportContext): Promise<unknown[]> {
  const data = await readJsFile(source, path, ctx);
  if (!Array.isArray(data)) throw malformed(path, source.name, 'expected a list of records');
  return data;
}

/**
 * Current items are wrapper objects keyed by type (`{ "tweet": {...} }`); early-2019 archives hold
 * bare tweet objects. Unwrap only when the item's sole key is the type name (as HPI does).
 */
export function unwrapItem(item: unknown, key: string): unknown {
  if (isObject(item)) {
    const keys = Object.keys(item);
    if (keys.length === 1 && keys[0] === key) return item[key];
  }
  return item;
}
