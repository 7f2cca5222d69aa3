/**
 * A long list of cue patterns, tested by the words they need. Most cues need a word ("\bsponsor...",
 * "\b(?:thanks?|thank you|cheers)...", "...% off"): such a pattern cannot match a post that has no
 * word starting with one of them, so only the patterns whose word occurs are run. V8 otherwise
 * tries every alternative of one big union at every position of every post, which made the cost of
 * the interest pass grow with each cue added. The same idea as the company matcher's token map.
 */
import type { EvidenceSpan } from '../model.js';
import { hits, spansOf } from './spans.js';

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

/** Whether the pattern element ending just before `i` is made optional by what follows it. */
const optionalAt = (source: string, i: number): boolean =>
  source[i] === '?' || source[i] === '*' || (source[i] === '{' && source[i + 1] === '0');

/** A run of letters every match contains; `wordStart` when it always begins a word (a run of a-z). */
export interface Literal {
  text: string;
  wordStart: boolean;
}

const shortest = (xs: readonly Literal[]): number => Math.min(...xs.map((x) => x.text.length));

/**
 * Literals of which every match of `source` contains at least one (lower-cased), or null when none
 * can be found. "\bsponsor(?:ed|s)?\b" needs a word starting "sponsor"; "\b\d{1,2} ?% off\b" one
 * starting "off"; "\b(?:new )?face of\b" the letters "face" somewhere. Per branch it takes the
 * longest mandatory run of letters, or a mandatory group whose every alternative has one,
 * favouring runs known to start a word; escapes, classes, wildcards and optional parts break a run.
 * `boundaryBefore`: whether a letter at the start of `source` would begin a word.
 */
export function requiredLiterals(source: string, boundaryBefore = false): Literal[] | null {
  const out: Literal[] = [];
  for (const branch of topLevelBranches(source)) {
    let best: Literal[] | null = null;
    let bestScore = 0;
    // Longer is rarer, but a word start costs nothing to look for (the post's words are listed
    // once for every cue) while letters inside words cost a search of the post each.
    const consider = (found: Literal[]): void => {
      const starts = found.every((l) => l.wordStart);
      const min = shortest(found);
      const score = min + (starts ? 4 : 0);
      if (min >= (starts ? 2 : 3) && score > bestScore) (best = found), (bestScore = score);
    };
    let run = '';
    let runStartsWord = false;
    // Whether a letter here would begin a word: after \b, the start, or a mandatory non-letter.
    let boundary = boundaryBefore;
    const endRun = (): void => {
      if (run) consider([{ text: run.toLowerCase(), wordStart: runStartsWord }]);
      run = '';
    };
    for (let i = 0; i < branch.length; ) {
      const c = branch[i]!;
      if (c === '\\') {
        endRun();
        const e = branch[i + 1] ?? '';
        // \b is zero-width; \s, \d, \W and escaped punctuation never match a letter.
        if (e !== 'b') boundary = !optionalAt(branch, i + 2) && (/[sdW]/.test(e) || !/[A-Za-z0-9]/.test(e));
        else boundary = true;
        i += 2;
      } else if (c === '[') {
        endRun();
        let j = i + 1;
        while (j < branch.length && branch[j] !== ']') j += branch[j] === '\\' ? 2 : 1;
        boundary = false;
        i = j + 1;
      } else if (c === '(') {
        endRun();
        const end = groupEnd(branch, i);
        if (end < 0) return null;
        if (/^\(\?<?[=!]/.test(branch.slice(i))) {
          i = end; // a lookaround matches nothing itself
          continue;
        }
        if (!optionalAt(branch, end)) {
          // Past "(", "(?:" or a name "(?<name>".
          const open = /^\((?:\?:|\?<\w+>)?/.exec(branch.slice(i))![0].length;
          const found = requiredLiterals(branch.slice(i + open, end - 1), boundary);
          if (found) consider(found);
        }
        boundary = false;
        i = end;
      } else if (/[A-Za-z]/.test(c)) {
        if (optionalAt(branch, i + 1)) {
          endRun();
          boundary = false;
        } else {
          if (!run) runStartsWord = boundary;
          run += c;
          boundary = false;
          // "a+" or "a{2}": the letter is there, but what follows it need not be next to it.
          if (branch[i + 1] === '+' || branch[i + 1] === '{') endRun();
        }
        i++;
      } else if (c === '?' || c === '*' || c === '+' || c === '{' || c === '.' || c === '$') {
        endRun();
        boundary = false;
        i = c === '{' ? branch.indexOf('}', i) + 1 || branch.length : i + 1;
      } else {
        // "^" or a literal non-letter: a letter right after it begins a word.
        endRun();
        boundary = c === '^' || !optionalAt(branch, i + 1);
        i++;
      }
    }
    endRun();
    if (!best) return null;
    out.push(...(best as Literal[]));
  }
  return out;
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
  /** Patterns by the first two letters of a two-letter needed word, and by the first three otherwise. */
  private readonly by2 = new Map<number, Entry[]>();
  private readonly by3 = new Map<number, Entry[]>();
  /** Patterns that need letters which may sit inside a word ("(?:new )?face" has "face"). */
  private readonly byLiteral: { literals: string[]; re: RegExp }[] = [];
  /** Patterns with neither, as one union (a short union is cheaper than several scans). */
  private readonly always: RegExp[];
  private readonly stamps: Uint32Array;
  private generation = 0;

  /** `sources` are case-insensitive patterns (the 'i' flag is always added). */
  constructor(sources: readonly string[]) {
    const always: string[] = [];
    // Patterns by the word they need; each word's patterns then run as one short union.
    const byWord = new Map<string, string[]>();
    for (const source of sources) {
      const literals = requiredLiterals(source);
      if (!literals) {
        always.push(source);
        continue;
      }
      // Words are looked up among the post's words, other letters searched for in the post.
      for (const w of new Set(literals.filter((l) => l.wordStart).map((l) => l.text))) byWord.set(w, [...(byWord.get(w) ?? []), source]);
      const inside = [...new Set(literals.filter((l) => !l.wordStart).map((l) => l.text))];
      if (inside.length) this.byLiteral.push({ literals: inside, re: new RegExp(source, 'gi') });
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

  /** The patterns that can match `text`: those whose needed word starts a word of the text or whose letters it contains, and the rest. */
  candidates(text: string): RegExp[] {
    const out = this.always.length ? this.always.slice() : [];
    if (this.byLiteral.length) {
      const lower = lowerOf(text);
      for (const { literals, re } of this.byLiteral) if (literals.some((l) => lower.includes(l))) out.push(re);
    }
    const gen = ++this.generation;
    for (const word of wordsOf(text)) {
      if (word.length < 2) continue;
      this.take(this.by2.get(key2(word)), word, gen, out);
      if (word.length >= 3) this.take(this.by3.get(key3(word)), word, gen, out);
    }
    return out;
  }

  /** Adds the entries of `list` whose first word `word` starts with, once per call of `candidates`. */
  private take(list: Entry[] | undefined, word: string, gen: number, out: RegExp[]): void {
    if (!list) return;
    for (const e of list) {
      if (this.stamps[e.id] !== gen && word.startsWith(e.prefix)) {
        this.stamps[e.id] = gen;
        out.push(e.re);
      }
    }
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
