import { UserError, throwIfAborted } from '../../result.js';
import type { Importer } from '../types.js';
import { readMediaListFile } from './albums.js';
import { readCommentsFile } from './comments.js';
import type { FacebookRead } from './context.js';
import { detectFacebook } from './detect.js';
import { readFacebookJson } from './json-file.js';
import { facebookLayout } from './layout.js';
import { makeResolver } from './media.js';
import { readPostsFile } from './posts.js';
import { FALLBACK_HANDLE, accountFromProfile } from './profile.js';

/** Facebook "Download your information", JSON format, every layout from 2019 to 2025. */
export const facebookImporter: Importer = {
  platform: 'facebook',
  detect: detectFacebook,
  async *read(source, detection, ctx) {
    const layout = facebookLayout(source.entries);
    if (!layout || detection.era === 'html' || layout.era === 'html') {
      throw new UserError(
        `${source.name} is a Facebook export in HTML format, which Hindsight cannot read; on Facebook's "Download your information" page, request a new download with the format set to JSON.`,
        source.name,
      );
    }
    const account = layout.profile ? accountFromProfile(await readFacebookJson(source, layout.profile, ctx)) : null;
    const handle = account?.handle ?? FALLBACK_HANDLE;
    yield {
      type: 'account',
      account: account ?? { platform: 'facebook', handle, displayName: null, bio: null, location: null, url: null, createdAt: null, extra: {} },
    };
    const fb: FacebookRead = {
      source,
      ctx,
      handle,
      root: layout.root,
      resolve: makeResolver(source.entries, layout.root),
      emittedUris: new Set(),
      seenIds: new Set(),
    };
    // Posts before albums, so a photo that belongs to a post is stored with it and not again as loose.
    for (const path of layout.posts) {
      throwIfAborted(ctx.signal);
      yield* readPostsFile(path, fb);
    }
    for (const path of layout.mediaLists) {
      throwIfAborted(ctx.signal);
      yield* readMediaListFile(path, fb);
    }
    for (const path of layout.comments) {
      throwIfAborted(ctx.signal);
      yield* readCommentsFile(path, fb);
    }
  },
};
