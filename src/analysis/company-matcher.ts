/**
 * Finds company and brand names in text with a token map instead of one giant regex: each
 * alias is keyed by its first word, so a post costs one pass over its words and a Map lookup
 * per word, whatever the size of the lexicon (hundreds of names, thousands of posts a second).
 */
import type { EvidenceSpan } from '../model.js';
import { COMPANIES, type CompanyEntry } from './lexicon.js';

interface Alias {
  words: string[];
  company: CompanyEntry;
}

export interface CompanyHit extends EvidenceSpan {
  company: CompanyEntry;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(WORD) ?? [];
}

const byFirst = new Map<string, Alias[]>();
const regexAliases: { re: RegExp; company: CompanyEntry }[] = [];

for (const company of COMPANIES) {
  for (const alias of company.aliases) {
    if (alias.startsWith('re:')) {
      regexAliases.push({ re: new RegExp(alias.slice(3), 'g'), company });
      continue;
    }
    const w = words(alias);
    if (w.length === 0) continue;
    const forms = [w];
    // Handles and hashtags run the words together: @NovoNordisk, #SmithNephew, @PfizerUK.
    if (w.length > 1) forms.push([w.join('')]);
    forms.push([w.join('') + 'uk']);
    for (const f of forms) {
      const list = byFirst.get(f[0]) ?? [];
      list.push({ words: f, company });
      byFirst.set(f[0], list);
    }
  }
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

// Reused between calls: the matcher is synchronous, so one buffer is safe.
const starts: number[] = [];
const ends: number[] = [];
const toks: string[] = [];

/** Every company or brand named in `text`, longest alias first at each position. */
export function findCompanies(text: string, field = 'text'): CompanyHit[] {
  let out: CompanyHit[] | null = null;
  toks.length = starts.length = ends.length = 0;
  // Lower-casing can change the length of a few letters (Turkish dotted I); offsets must stay true.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null) {
    toks.push(lower === text ? m[0].toLowerCase() : m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  for (let i = 0; i < toks.length; i++) {
    let cands = byFirst.get(toks[i]);
    if (!cands && /[^\x00-\x7f]/.test(toks[i])) cands = byFirst.get(words(toks[i])[0] ?? '');
    if (!cands) continue;
    for (const a of cands) {
      const n = a.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = toks[i + k] === a.words[k];
      if (!ok) continue;
      const start = starts[i];
      const end = ends[i + n - 1];
      (out ??= []).push({ start, end, kind: 'company', text: text.slice(start, end), field, company: a.company });
      i += n - 1;
      break;
    }
  }
  for (const { re, company } of regexAliases) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      (out ??= []).push({ start: m.index, end: m.index + m[0].length, kind: 'company', text: m[0], field, company });
    }
  }
  return out ?? [];
}
