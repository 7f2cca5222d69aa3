import type { Account, Finding, Media, Post, Settings } from '../model.js';

/** What a pass sees of one post: the post, its media and the account that wrote it. */
export interface PostInput {
  post: Post;
  media: Media[];
  account: Account | null;
}

/** Everything the passes look at, read from the workspace by the service (passes do no I/O). */
export interface AnalysisInput {
  accounts: Account[];
  posts: Iterable<PostInput>;
  /** Media not attached to any post (e.g. Facebook album photos). */
  looseMedia: Media[];
}

export interface PassContext {
  settings: Settings;
}

/**
 * A pure analysis pass (STYLE.md): no SQL, no I/O. Each hook returns the findings for one subject.
 * `version` changes whenever the pass's results can change; the service then recomputes findings.
 */
export interface AnalysisPass {
  id: string;
  version: number;
  post?(input: PostInput, ctx: PassContext): Finding[];
  media?(media: Media, post: Post | null, ctx: PassContext): Finding[];
  account?(account: Account, ctx: PassContext): Finding[];
}
