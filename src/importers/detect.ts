import { UserError } from '../result.js';
import { IMPORTERS } from './registry.js';
import type { ArchiveSource } from './source.js';
import type { Detection, Importer } from './types.js';
import { detectUnsupportedEntries, unsupportedError } from './unsupported.js';

/** Ask each importer in turn; the first that recognises the archive wins. */
export function detectArchive(
  source: ArchiveSource,
  importers: readonly Importer[] = IMPORTERS,
): { importer: Importer; detection: Detection } {
  for (const importer of importers) {
    const detection = importer.detect(source.entries);
    if (detection) return { importer, detection };
  }
  const unsupported = detectUnsupportedEntries(source.entries);
  if (unsupported) throw unsupportedError(source.name, unsupported);
  throw new UserError(
    `${source.name} is not an export Hindsight recognises (X/Twitter, Facebook in JSON format, or LinkedIn).`,
    source.name,
  );
}
