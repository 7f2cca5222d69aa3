import { UserError } from '../../result.js';
import type { ArchiveSource } from '../source.js';
import type { ImportContext } from '../types.js';
import { fixMojibakeDeep } from './mojibake.js';
import { dropSensitiveKeys } from './privacy.js';

/**
 * Read one JSON entry of a Facebook export: parse, repair the mojibake, drop upload IPs.
 * Malformed JSON is a UserError naming the file (DESIGN.md invariant 3: no partial data).
 */
export async function readFacebookJson(source: ArchiveSource, path: string, ctx: ImportContext): Promise<unknown> {
  const bytes = await source.read(path);
  ctx.onEntry(path, bytes.length);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`${path} in ${source.name} is not valid JSON (the file is damaged or incomplete); download the export again.`, path);
  }
  return dropSensitiveKeys(fixMojibakeDeep(parsed));
}
