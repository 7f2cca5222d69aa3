import { parseTwitterDate } from './dates.js';
import { arr, at, str } from './json.js';

/**
 * data/manifest.js (2022+): `window.__THAR_CONFIG = { userInfo, archiveInfo, dataTypes }`.
 * dataTypes.<type>.files[].fileName is the one reliable list of part files (tweets-part1.js...).
 */
export interface Manifest {
  userInfo: unknown;
  generationDate: string | null;
  /** Data files the manifest lists per type, relative to the archive root ("data/tweets-part1.js"). */
  files(type: string): string[];
}

export function parseManifest(data: unknown): Manifest {
  return {
    userInfo: at(data, 'userInfo'),
    generationDate: parseTwitterDate(at(data, 'archiveInfo', 'generationDate')),
    files(type) {
      return arr(at(data, 'dataTypes', type, 'files'))
        // A type with "count": "0" lists a file the export may leave out.
        .filter((f) => str(at(f, 'count')) !== '0')
        .map((f) => str(at(f, 'fileName')))
        .filter((f): f is string => f !== null && !f.split('/').includes('..'));
    },
  };
}
