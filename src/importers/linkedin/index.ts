import { throwIfAborted } from '../../result.js';
import type { Importer } from '../types.js';
import { readArticles } from './articles.js';
import { readComments } from './comments.js';
import { readCsv } from './csv.js';
import { detectLinkedin } from './detect.js';
import { linkedinLayout } from './layout.js';
import { accountFromProfile } from './profile.js';
import { readRichMedia } from './rich-media.js';
import { readShares } from './shares.js';

/** LinkedIn "Get a copy of your data" (CSV + article HTML), Basic and Complete archives. */
export const linkedinImporter: Importer = {
  platform: 'linkedin',
  detect: detectLinkedin,
  async *read(source, _detection, ctx) {
    const layout = linkedinLayout(source.entries);
    if (!layout) return;
    // The account comes first: its handle is written on every post.
    const profile = layout.profile ? await readCsv(source, layout.profile, ctx) : null;
    const positions = layout.positions ? await readCsv(source, layout.positions, ctx) : null;
    const account = accountFromProfile(profile, positions);
    yield { type: 'account', account };
    throwIfAborted(ctx.signal);
    if (layout.shares) yield* readShares(source, layout.shares, ctx, account.handle);
    if (layout.comments) yield* readComments(source, layout.comments, ctx, account.handle);
    if (layout.richMedia) yield* readRichMedia(source, layout.richMedia, ctx);
    yield* readArticles(source, layout.articles, ctx, account.handle);
  },
};
