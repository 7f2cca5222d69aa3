/**
 * pdfkit's standard fonts (Helvetica, Times) draw only Windows-1252 ("WinAnsi"); anything else comes
 * out as garbage glyphs. So text is mapped into that set first: accents kept where 1252 has them,
 * other letters transliterated, symbols spelt out, emoji and scripts it cannot show dropped.
 */

/** The 1252 code points above Latin-1's C1 range (0x80-0x9F) that pdfkit's fonts can draw. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SUBSTITUTES: Record<string, string> = {
  '‐': '-', '‑': '-', '‒': '-', '−': '-', '⁃': '-',
  '′': "'", '″': '"', '‛': "'", '‟': '"', '«': '«', '»': '»',
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '≥': '>=', '≤': '<=', '≠': '!=', '≈': '~', '×': '×', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x',
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'ı': 'i', 'ŀ': 'l', 'ŋ': 'ng', 'ſ': 's', 'ȷ': 'j', 'ə': 'e',
  '№': 'No.', '℃': 'C', '℉': 'F', '½': '½', '⅓': '1/3', '⅔': '2/3', '¼': '¼', '¾': '¾',
};

function drawable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  if (cp === 0x09 || cp === 0x0a) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xff) return true;
  return CP1252_EXTRA.has(c);
}

export function toWinAnsi(input: string): string {
  let out = '';
  for (const c of input.normalize('NFC')) {
    if (drawable(c)) {
      out += c;
      continue;
    }
    const sub = SUBSTITUTES[c];
    if (sub !== undefined) {
      out += sub;
      continue;
    }
    // Spaces of every width become a plain space; invisible joiners and selectors vanish.
    if (/\p{Zs}/u.test(c)) {
      out += ' ';
      continue;
    }
    // Letters with marks 1252 lacks (ő, ş, ț...): keep the base letter.
    const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
    if (base && [...base].every(drawable)) out += base;
    // Everything else (emoji, CJK, symbols) is dropped rather than drawn as garbage.
  }
  // Dropping an emoji between two spaces leaves a double space; tidy it.
  return out.replace(/ {2,}/g, ' ');
}
