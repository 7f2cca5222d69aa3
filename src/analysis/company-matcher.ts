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

/**
 * Handles shorten names in ways no list can hold (@BostonSci, @theordinary, @NovoNordiskUK): a
 * handle counts as a company when it is the start of an alias run together and reaches past the
 * alias's first word, so @boston alone does not name Boston Scientific. Sorted for prefix search.
 */
const joined: { key: string; firstWord: number; company: CompanyEntry }[] = [];
for (const company of COMPANIES) {
  for (const alias of company.aliases) {
    if (alias.startsWith('re:')) continue;
    const w = words(alias);
    if (w.length > 0) joined.push({ key: w.join(''), firstWord: w[0]!.length, company });
  }
}
joined.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const HANDLE_SUFFIX = /(?:uk|gb|usa|us|ie|au|eu|intl|global|official|hq|group|team|news|clinic)$/;
const MIN_HANDLE = 6;

function companyOfHandle(handle: string): CompanyEntry | null {
  for (const h of [handle, handle.replace(HANDLE_SUFFIX, '')]) {
    if (h.length < MIN_HANDLE) continue;
    // Binary search for the first key >= h, then check it starts with h.
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (joined[mid]!.key < h) lo = mid + 1;
      else hi = mid;
    }
    const hit = joined[lo];
    if (hit && hit.key.startsWith(h) && (h.length > hit.firstWord || hit.key === h)) return hit.company;
  }
  return null;
}

/** "iQ3" for "iQ", "Charge6": a model number run onto a product name's last word. */
function matchesWord(token: string, word: string, last: boolean): boolean {
  return token === word || (last && token.length > word.length && token.startsWith(word) && /^\d+[a-z]?$/.test(token.slice(word.length)));
}

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
    if (!cands) {
      const company = starts[i]! > 0 && text[starts[i]! - 1] === '@' ? companyOfHandle(toks[i]!) : null;
      if (company) (out ??= []).push({ start: starts[i]!, end: ends[i]!, kind: 'company', text: text.slice(starts[i], ends[i]), field, company });
      continue;
    }
    for (const a of cands) {
      const n = a.words.length;
      if (i + n > toks.length) continue;
      let ok = n > 1 || matchesWord(toks[i]!, a.words[0]!, true);
      for (let k = 1; k < n && ok; k++) ok = matchesWord(toks[i + k]!, a.words[k]!, k === n - 1);
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
