import { parse } from 'csv-parse/sync';
import { throwIfAborted } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { buildAccount, type AccountParts } from './account.js';
import { at, isObject, str } from './json.js';
import type { TwitterLayout } from './layout.js';
import { describeMedia, urlOnlyMedia } from './media.js';
import { tweetToPost } from './tweet.js';
import { malformed, readJsFile, readJsList } from './ytd.js';

/**
 * tweets.csv (legacy 2012-2018) has no entities: only a comma-joined `expanded_urls`. When the
 * text holds exactly as many t.co links as there are expanded URLs, they are swapped in order.
 */
function expandCsvLinks(text: string, expandedUrls: string): string {
  const targets = expandedUrls.split(',').map((u) => u.trim()).filter(Boolean);
  const links = text.match(/https?:\/\/t\.co\/\w+/g) ?? [];
  if (targets.length === 0 || links.length !== targets.length) return text;
  let i = 0;
  return text.replace(/https?:\/\/t\.co\/\w+/g, () => targets[i++]!);
}

/** One tweets.csv row in the shape of a Grailbird tweet, so one converter serves both. */
function csvRowAsTweet(row: Record<string, string>): Record<string, unknown> {
  const cell = (k: string): string | null => (row[k] ? row[k]! : null);
  return {
    id_str: cell('tweet_id'),
    created_at: cell('timestamp'),
    text: expandCsvLinks(row.text ?? '', row.expanded_urls ?? ''),
    in_reply_to_status_id_str: cell('in_reply_to_status_id'),
    in_reply_to_user_id_str: cell('in_reply_to_user_id'),
    retweeted_status_id: cell('retweeted_status_id'),
  };
}

async function readCsv(source: ArchiveSource, path: string, ctx: ImportContext): Promise<Record<string, string>[]> {
  const bytes = await source.read(path);
  ctx.onEntry(path, bytes.length);
  try {
    // Every cell is quoted, "" escapes a quote, and text may hold raw newlines.
    return parse(bytes, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch {
    throw malformed(path, source.name, 'the CSV is malformed');
  }
}

/**
 * Legacy archive (2012-2018): data/js/tweets/YYYY_MM.js Grailbird month files are preferred (they
 * keep entities, geo and retweeted_status); tweets.csv is read only when they are absent.
 */
export async function* readLegacy(source: ArchiveSource, layout: TwitterLayout, ctx: ImportContext): AsyncGenerator<ImportRecord> {
  throwIfAborted(ctx.signal);
  const parts: AccountParts = {};
  if (layout.userDetails) parts.userDetails = await readJsFile(source, layout.userDetails, ctx);
  throwIfAborted(ctx.signal);

  let first: { path: string; list: unknown[] } | null = null;
  if (!isObject(parts.userDetails) && layout.monthFiles.length > 0) {
    // No user_details.js: each Grailbird tweet carries its author in `user`.
    first = { path: layout.monthFiles[0]!, list: await readJsList(source, layout.monthFiles[0]!, ctx) };
    parts.inferredHandle = str(at(first.list[0], 'user', 'screen_name'));
  }
  const account = buildAccount(parts);
  const handle = account?.handle ?? null;
  if (account) yield { type: 'account', account };

  if (layout.monthFiles.length > 0) {
    for (const path of layout.monthFiles) {
      throwIfAborted(ctx.signal);
      const list = first?.path === path ? first.list : await readJsList(source, path, ctx);
      for (const tweet of list) {
        throwIfAborted(ctx.signal);
        const r = tweetToPost(tweet, { handle, deleted: false });
        if (!r.ok) {
          yield { type: 'skipped', file: path, id: r.id, reason: r.reason };
          continue;
        }
        yield { type: 'post', post: r.post };
        for (const plan of urlOnlyMedia(tweet, r.post.nativeId)) yield { type: 'media', media: await describeMedia(source, plan, ctx) };
      }
    }
    return;
  }

  if (layout.tweetsCsv) {
    const rows = await readCsv(source, layout.tweetsCsv, ctx);
    for (const row of rows) {
      throwIfAborted(ctx.signal);
      const r = tweetToPost(csvRowAsTweet(row), { handle, deleted: false });
      if (!r.ok) {
        yield { type: 'skipped', file: layout.tweetsCsv, id: r.id, reason: r.reason };
        continue;
      }
      yield { type: 'post', post: { ...r.post, raw: row } };
    }
  }
}
