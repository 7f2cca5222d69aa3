import { facebookImporter } from './facebook/index.js';
import { linkedinImporter } from './linkedin/index.js';
import { twitterImporter } from './twitter/index.js';
import type { Importer } from './types.js';

/** Every platform importer. A new platform is a new folder under src/importers/ and one line here. */
export const IMPORTERS: readonly Importer[] = [
  twitterImporter,
  facebookImporter,
  linkedinImporter,
];
