/**
 * Facebook (every era, JSON format) writes each string as the UTF-8 bytes of the text, one
 * byte per `\u00XX` escape, so a plain JSON.parse gives "cafÃ©" for "café" and four Latin-1
 * characters for one emoji (FORMATS.md 2.5). Undo it by reading the string back as Latin-1
 * bytes and decoding those as UTF-8.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Repair one string; strings that are not mojibake (a code point above U+00FF, invalid UTF-8) stay as they are. NFC always. */
export function fixMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s.normalize('NFC');
    if (c >= 0x80) high = true;
  }
  if (!high) return s;
  try {
    // Some 2024-2025 exports carry decomposed text (Vietnamese "e" + U+0300): NFC so matching works.
    return utf8.decode(Buffer.from(s, 'latin1')).normalize('NFC');
  } catch {
    return s.normalize('NFC');
  }
}

/** A copy of a parsed JSON tree with every string value repaired. Keys are ASCII in every export seen, so they are left alone. */
export function fixMojibakeDeep(value: unknown): unknown {
  if (typeof value === 'string') return fixMojibake(value);
  if (Array.isArray(value)) return value.map(fixMojibakeDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fixMojibakeDeep(v);
    return out;
  }
  return value;
}
