import type { Post } from '../../model.js';
import { throwIfAborted } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext, ImportRecord } from '../types.js';
import { accountHandle, buildAccount, firstItem, handleFromTweets, type AccountParts } from './account.js';
import { mapOrdered } from '../map-ordered.js';
import type { TwitterLayout } from './layout.js';
import { parseManifest, type Manifest } from './manifest.js';
import { describeMedia, MediaFolder } from './media.js';
import { NoteMatcher, noteToPost, parseNote, type Note } from './notes.js';
import { tweetToPost } from './tweet.js';
import { readJsFile, readJsList, unwrapItem } from './ytd.js';
import { streamJsList } from './ytd-items.js';

/** Photo heads read at once: enough to overlap zip inflation, few enough to keep memory flat. */
const MEDIA_CONCURRENCY = 4;

interface TweetGroup {
  files: string[];
  deleted: boolean;
  media: MediaFolder;
}

/** Files the manifest lists but the archive lacks are reported, not silently passed over. */
function missingListed(manifest: Manifest | null, layout: TwitterLayout, types: string[], have: ReadonlySet<string>): ImportRecord[] {
  if (!manifest) return [];
  return types
    .flatMap((t) => manifest.files(t))
    .map((f) => layout.root + f)
    .filter((f) => !have.has(f))
    .map((file) => ({ type: 'skipped', file, id: null, reason: 'data/manifest.js lists this file but the archive does not hold it' }) as const);
}

/**
 * 2019+ archives (early 2019, 2019-2022, 2022+): manifest, account and profile first, then notes
 * (needed to complete cut-off tweets), then tweets, community tweets and deleted tweets with
 * their media, then notes no tweet claimed and media files no tweet claimed.
 */
export async function* readYtd(source: ArchiveSource, layout: TwitterLayout, ctx: ImportContext): AsyncGenerator<ImportRecord> {
  throwIfAborted(ctx.signal);
  const have = new Set(source.entries.map((e) => e.path));
  const parts: AccountParts = {};
  let manifest: Manifest | null = null;
  if (layout.manifest) {
    manifest = parseManifest(await readJsFile(source, layout.manifest, ctx));
    parts.userInfo = manifest.userInfo;
    if (manifest.generationDate) yield { type: 'exportedAt', date: manifest.generationDate };
  }
  throwIfAborted(ctx.signal);
  if (layout.account) parts.account = firstItem(await readJsList(source, layout.account, ctx), 'account');
  throwIfAborted(ctx.signal);
  if (layout.profile) parts.profile = firstItem(await readJsList(source, layout.profile, ctx), 'profile');
  throwIfAborted(ctx.signal);
  yield* missingListed(manifest, layout, ['tweets', 'tweet', 'noteTweet', 'deletedTweets', 'communityTweet'], have);

  const groups: TweetGroup[] = [
    { files: layout.tweetFiles, deleted: false, media: new MediaFolder(source.entries, layout.mediaDirs) },
    { files: layout.communityFiles, deleted: false, media: new MediaFolder(source.entries, layout.mediaDirs) },
    { files: layout.deletedFiles, deleted: true, media: new MediaFolder(source.entries, layout.deletedMediaDirs) },
  ];
  // Tweets and community tweets share the media folder lookup; one instance keeps claims consistent.
  groups[1]!.media = groups[0]!.media;

  // A tweets.js alone (a partial export) does not name its author; its own media links do.
  let firstFile: { path: string; list: unknown[] } | null = null;
  if (!accountHandle(parts)) {
    const path = groups.flatMap((g) => g.files)[0];
    if (path) {
      firstFile = { path, list: await readJsList(source, path, ctx) };
      parts.inferredHandle = handleFromTweets(firstFile.list);
    }
  }
  const account = buildAccount(parts);
  const handle = account?.handle ?? null;
  if (account) yield { type: 'account', account };

  const notes: Note[] = [];
  for (const path of layout.noteFiles) {
    throwIfAborted(ctx.signal);
    for (const item of await readJsList(source, path, ctx)) {
      const note = parseNote(item);
      if (note) notes.push(note);
      else yield { type: 'skipped', file: path, id: null, reason: 'the long-post note has no id, date or text' };
    }
  }
  const matcher = new NoteMatcher(notes);

  /**
   * Posts are built synchronously and yielded as they come: a promise per record costs more than
   * the record itself over tens of thousands of tweets. A tweet's photos are read together.
   */
  async function* tweetRecords(batches: AsyncIterable<unknown[]> | Iterable<unknown[]>, path: string, group: TweetGroup): AsyncGenerator<ImportRecord> {
    let index = 0;
    for await (const batch of batches) {
      for (const item of batch) {
        throwIfAborted(ctx.signal);
        const tweet = unwrapItem(item, 'tweet');
        const r = tweetToPost(tweet, { handle, deleted: group.deleted });
        const at = index++;
        if (!r.ok) {
          yield { type: 'skipped', file: path, id: r.id, reason: r.reason };
          continue;
        }
        const post: Post = r.post;
        // The workspace keeps this file whole, so the post's raw record is a pointer into it.
        post.rawSource = { entry: path, index: at, itemKey: tweet === item ? null : 'tweet' };
        // The tweet holds the first ~280 characters and a "…"; its note holds the whole post.
        const note = group.deleted ? null : matcher.take(post);
        if (note) post.text = note.text;
        yield { type: 'post', post };
        const plans = group.media.forTweet(tweet, post.nativeId);
        if (plans.length === 0) continue;
        throwIfAborted(ctx.signal);
        for (const media of await Promise.all(plans.map((plan) => describeMedia(source, plan, ctx)))) {
          throwIfAborted(ctx.signal);
          yield { type: 'media', media };
        }
      }
    }
  }

  for (const group of groups) {
    for (const path of group.files) {
      throwIfAborted(ctx.signal);
      yield { type: 'sourceEntry', path, stored: await source.readStored(path) };
      // Tweet files are parsed record by record as they inflate; one already read whole is reused.
      const batches = firstFile?.path === path ? [firstFile.list] : streamJsList(source, path, ctx);
      firstFile = null;
      yield* tweetRecords(batches, path, group);
    }
  }

  for (const note of matcher.unmatched()) yield { type: 'post', post: noteToPost(note, handle, false) };

  const leftovers = [...groups[0]!.media.leftovers(), ...groups[2]!.media.leftovers()];
  for await (const media of mapOrdered(leftovers, MEDIA_CONCURRENCY, (plan) => describeMedia(source, plan, ctx))) {
    throwIfAborted(ctx.signal);
    yield { type: 'media', media };
  }
}
