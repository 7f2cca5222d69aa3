import type { Importer } from './types.js';

/** Every platform importer. A new platform is a new folder under src/importers/ and one line here. */
export const IMPORTERS: readonly Importer[] = [];
