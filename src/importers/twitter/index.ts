import type { Importer } from '../types.js';
import { detectTwitter, type TwitterEra } from './detect.js';
import { findLayout } from './layout.js';
import { readLegacy } from './legacy.js';
import { readYtd } from './read-ytd.js';

/** X/Twitter data-export archives of every era: legacy 2012-2018, early 2019, 2019-2022, 2022+. */
export const twitterImporter: Importer = {
  platform: 'twitter',
  detect: detectTwitter,
  read(source, detection, ctx) {
    const era = detection.era as TwitterEra;
    const layout = findLayout(source.entries, detection.root, era);
    return era === 'legacy-2012-2018' ? readLegacy(source, layout, ctx) : readYtd(source, layout, ctx);
  },
};
