import { UserError } from '../result.js';

/**
 * Normalise an entry name to "a/b/c" and refuse names that could escape a folder
 * ("..", absolute paths, drive letters). Hindsight never extracts, but a path like that
 * only appears in a crafted archive, so it is refused outright.
 */
export function safeEntryPath(raw: string, archiveName: string): string {
  const p = raw.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.split('/').includes('..')) {
    throw new UserError(
      `${archiveName} contains an entry named "${raw}" that points outside the archive, so Hindsight will not read it.`,
      archiveName,
    );
  }
  return p.replace(/^(\.\/)+/, '');
}
