/**
 * A long list of cue patterns, tested by first word. Most cues start with a word ("\bsponsor...",
 * "\b(?:thanks?|thank you|cheers)..."): such a pattern cannot match a post that has no word starting
 * with one of its first words, so only the patterns whose first word occurs are run. V8 otherwise
 * tries every alternative of one big union at every position of every post, which made the cost of
 * the interest pass grow with each cue added. The same idea as the company matcher's token map.
 */
import type { EvidenceSpan } from '../model.js';
import { hits, spansOf } from './spans.js';

const QUANTIFIER = new Set(['?', '*', '{']);
const LETTER = /[a-z]/;

/**
 * The structural characters of a pattern source from `from` on, with the group depth before each:
 * escapes and character classes are skipped, so "\\|" or "[(|]" are never taken for structure.
 */
function* structure(source: string, from = 0): Generator<{ c: string; i: number; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      yield { c, i, depth };
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
}

/** Split a pattern source at its top-level `|` (outside groups and character classes). */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { c, i, depth } of structure(source)) {
    if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The index just past the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  for (const { c, i, depth } of structure(source, open)) if (c === ')' && depth === 1) return i + 1;
  return -1;
}

/** The letters a branch must start with ("thank" for "thanks?", "shout" for "shout ?out"), or null. */
function leadingLetters(branch: string): string | null {
  let i = 0;
  let run = '';
  while (i < branch.length && LETTER.test(branch[i]!)) {
    // A letter followed by a quantifier is optional, so the word may stop before it.
    if (QUANTIFIER.has(branch[i + 1] ?? '')) break;
    run += branch[i];
    i++;
  }
  return run.length >= 2 ? run : null;
}

/**
 * First words (as prefixes) that every match of `source` starts with, or null when the pattern does
 * not start with `\b` and literal words (it then always runs). Handles `\bword...`,
 * `\b(?:w1|w2 ...|w3s?)...` and top-level alternations of those.
 */
export function firstWords(source: string): string[] | null {
  const out: string[] = [];
  for (const branch of topLevelBranches(source)) {
    if (!branch.startsWith('\\b')) return null;
    const rest = branch.slice(2);
    if (rest.startsWith('(?:')) {
      const end = groupEnd(rest, 0);
      if (end < 0 || QUANTIFIER.has(rest[end] ?? '')) return null;
      for (const inner of topLevelBranches(rest.slice(3, end - 1))) {
        const w = leadingLetters(inner);
        if (!w) return null;
        out.push(w);
      }
    } else {
      const w = leadingLetters(rest);
      if (!w) return null;
      out.push(w);
    }
  }
  return out;
}

/** Whether the pattern element ending just before `i` is made optional by what follows it. */
const optionalAt = (source: string, i: number): boolean =>
  source[i] === '?' || source[i] === '*' || (source[i] === '{' && source[i + 1] === '0');

/**
 * Literal strings of which every match of `source` contains at least one (lower-cased), or null
 * when none can be found. For cues with no fixed first word ("\b\d{1,2} ?% off\b",
 * "\b(?:new )?face of\b"): a post that contains none of them is never tested against the cue.
 * Per branch it takes the longest mandatory run of letters, or a mandatory group whose every
 * alternative has one; escapes, classes, wildcards and optional parts break a run.
 */
export function requiredLiterals(source: string): string[] | null {
  const out: string[] = [];
  for (const branch of topLevelBranches(source)) {
    let best: string[] | null = null;
    const consider = (found: string[]): void => {
      const shortest = (xs: string[]): number => Math.min(...xs.map((x) => x.length));
      if (found.every((x) => x.length >= 3) && (!best || shortest(found) > shortest(best))) best = found;
    };
    let run = '';
    const endRun = (): void => {
      if (run) consider([run.toLowerCase()]);
      run = '';
    };
    for (let i = 0; i < branch.length; ) {
      const c = branch[i]!;
      if (c === '\\') {
        endRun();
        i += 2;
      } else if (c === '[') {
        endRun();
        let j = i + 1;
        while (j < branch.length && branch[j] !== ']') j += branch[j] === '\\' ? 2 : 1;
        i = j + 1;
      } else if (c === '(') {
        endRun();
        const end = groupEnd(branch, i);
        if (end < 0) return null;
        const lookaround = /^\(\?<?[=!]/.test(branch.slice(i));
        if (!lookaround && !optionalAt(branch, end)) {
          // Past "(", "(?:" or a name "(?<name>".
          const open = /^\((?:\?:|\?<\w+>)?/.exec(branch.slice(i))![0].length;
          const inner = branch.slice(i + open, end - 1);
          const found = requiredLiterals(inner);
          if (found) consider(found);
        }
        i = end;
      } else if (/[A-Za-z]/.test(c)) {
        if (optionalAt(branch, i + 1)) endRun();
        else {
          run += c;
          // "a+" or "a{2}": the letter is there, but what follows it need not be next to it.
          if (branch[i + 1] === '+' || branch[i + 1] === '{') endRun();
        }
        i++;
      } else {
        endRun();
        i++;
      }
    }
    endRun();
    if (!best) return null;
    out.push(...(best as string[]));
  }
  return [...new Set(out)];
}

interface Entry {
  prefix: string;
  re: RegExp;
  id: number;
}

/** Numeric keys for a word's first two and three letters (no string is built per word). */
const key2 = (w: string): number => w.charCodeAt(0) * 256 + w.charCodeAt(1);
const key3 = (w: string): number => (w.charCodeAt(0) * 256 + w.charCodeAt(1)) * 256 + w.charCodeAt(2);

// The passes call several cue sets on the same post in a row: split it into words once.
let lastText = '';
let lastLower = '';
let lastWords: string[] = [];
function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    lastWords = lastLower.match(/[a-z]+/g) ?? [];
  }
  return lastLower;
}
function wordsOf(text: string): string[] {
  lowerOf(text);
  return lastWords;
}

function union(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gi');
}

export class CueSet {
  /** Patterns by the first two letters of a two-letter first word, and by the first three otherwise. */
  private readonly by2 = new Map<number, Entry[]>();
  private readonly by3 = new Map<number, Entry[]>();
  /** Patterns with no fixed first word but a literal every match contains ("% off" has "off"). */
  private readonly byLiteral: { literals: string[]; re: RegExp }[] = [];
  /** Patterns with neither, as one union (a short union is cheaper than several scans). */
  private readonly always: RegExp[];
  private readonly stamps: Uint32Array;
  private generation = 0;

  /** `sources` are case-insensitive patterns (the 'i' flag is always added). */
  constructor(sources: readonly string[]) {
    const always: string[] = [];
    // Patterns by exact first word; each word's patterns then run as one short union.
    const byWord = new Map<string, string[]>();
    for (const source of sources) {
      const words = firstWords(source);
      if (!words) {
        const literals = requiredLiterals(source);
        if (literals) this.byLiteral.push({ literals, re: new RegExp(source, 'gi') });
        else always.push(source);
        continue;
      }
      for (const w of new Set(words.map((x) => x.toLowerCase()))) byWord.set(w, [...(byWord.get(w) ?? []), source]);
    }
    let id = 0;
    for (const [prefix, list] of byWord) {
      const map = prefix.length === 2 ? this.by2 : this.by3;
      const k = prefix.length === 2 ? key2(prefix) : key3(prefix);
      map.set(k, [...(map.get(k) ?? []), { prefix, re: union(list), id: id++ }]);
    }
    this.stamps = new Uint32Array(id);
    this.always = always.length ? [union(always)] : [];
  }

  /** The patterns that can match `text`: those whose first word starts a word of the text or whose literal it contains, and the rest. */
  candidates(text: string): RegExp[] {
    const out = [...this.always];
    if (this.byLiteral.length) {
      const lower = lowerOf(text);
      for (const { literals, re } of this.byLiteral) if (literals.some((l) => lower.includes(l))) out.push(re);
    }
    const gen = ++this.generation;
    const take = (list: Entry[] | undefined, word: string): void => {
      if (!list) return;
      for (const e of list) {
        if (this.stamps[e.id] !== gen && word.startsWith(e.prefix)) {
          this.stamps[e.id] = gen;
          out.push(e.re);
        }
      }
    };
    for (const word of wordsOf(text)) {
      if (word.length < 2) continue;
      take(this.by2.get(key2(word)), word);
      if (word.length >= 3) take(this.by3.get(key3(word)), word);
    }
    return out;
  }

  test(text: string): boolean {
    for (const re of this.candidates(text)) if (hits(re, text)) return true;
    return false;
  }

  spans(text: string, kind: string, field = 'text', limit = 8): EvidenceSpan[] {
    return this.candidates(text)
      .flatMap((re) => spansOf(re, text, kind, field, limit))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .slice(0, limit);
  }
}
