/**
 * A learned text signal: naive Bayes log-odds over a post's features, with weights trained by
 * scripts/train-model.ts from Hindsight's own labelled sets and shipped as JSON in resources/.
 * Pure: the weights are read once at load. One mechanism for every pass that has a model.
 */
import type { EvidenceSpan } from '../model.js';

/** The JSON a trainer writes: features and their weights side by side, a bias and a threshold. */
export interface TextModelFile {
  threshold: number;
  bias: number;
  features: string[];
  weights: number[];
}

/** Where a featurizer puts features: single ones, and word pairs (bigrams) as their two words. */
export interface FeatureSink {
  one(feature: string): void;
  /** The bigram "first second": the scorer looks it up without building the string. */
  pair(first: string, second: string): void;
}

/** Emits a post's features in a stable order, repeats allowed. */
export type Featurizer = (text: string, sink: FeatureSink) => void;

const WORD = /[a-z][a-z'’]*|\d+/g;

/**
 * The words of lower-cased text as features, each word then the bigram it ends; numbers become
 * "numtoken" and curly apostrophes straight. Returns the words as emitted. Shared by every featurizer.
 */
export function emitWords(lower: string, sink: FeatureSink): string[] {
  const words = lower.match(WORD) ?? [];
  let prev = '';
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    if (w.charCodeAt(0) <= 57) w = 'numtoken';
    else if (w.includes('’')) w = w.replace(/’/g, "'");
    words[i] = w;
    sink.one(w);
    if (prev) sink.pair(prev, w);
    prev = w;
  }
  return words;
}

/** Every distinct feature of a post, in the order first emitted (for trainers and tests). */
export function featureSet(featurize: Featurizer, text: string): Set<string> {
  const out = new Set<string>();
  featurize(text, { one: (f) => out.add(f), pair: (a, b) => out.add(`${a} ${b}`) });
  return out;
}

/** What the model knows of one word: its weight as a feature, and the bigrams it starts. */
interface WordEntry {
  index: number | undefined;
  pairs: Map<string, number> | undefined;
}

export class TextModel implements FeatureSink {
  /** Feature index by word (and the bigrams each word starts), and of the other single features. */
  private readonly words = new Map<string, WordEntry>();
  private readonly weights: Float64Array;
  /** Per feature, the call that last counted it: a feature counts once per post without a Set per post. */
  private readonly stamps: Uint32Array;
  private generation = 0;
  private z = 0;
  /**
   * The last two singles looked up: featurizers emit a word, then the bigram it ends, so the
   * bigram's first word was the one before and needs no second lookup.
   */
  private prevWord = '';
  private prevEntry: WordEntry | undefined;
  private lastWord = '';
  private lastEntry: WordEntry | undefined;
  private readonly bias: number;
  readonly threshold: number;

  constructor(
    file: TextModelFile,
    private readonly featurize: Featurizer,
  ) {
    const entry = (w: string): WordEntry => {
      let e = this.words.get(w);
      if (!e) this.words.set(w, (e = { index: undefined, pairs: undefined }));
      return e;
    };
    file.features.forEach((f, i) => {
      const space = f.indexOf(' ');
      if (space < 0) entry(f).index = i;
      else (entry(f.slice(0, space)).pairs ??= new Map()).set(f.slice(space + 1), i);
    });
    this.weights = Float64Array.from(file.weights);
    this.stamps = new Uint32Array(file.features.length);
    this.bias = file.bias;
    this.threshold = file.threshold;
  }

  private add(i: number | undefined): void {
    if (i !== undefined && this.stamps[i] !== this.generation) {
      this.stamps[i] = this.generation;
      this.z += this.weights[i]!;
    }
  }

  one(feature: string): void {
    const e = this.words.get(feature);
    this.prevWord = this.lastWord;
    this.prevEntry = this.lastEntry;
    this.lastWord = feature;
    this.lastEntry = e;
    if (e) this.add(e.index);
  }

  pair(first: string, second: string): void {
    const e = first === this.prevWord ? this.prevEntry : this.words.get(first);
    if (e?.pairs) this.add(e.pairs.get(second));
  }

  /** Probability (0..1) that the post belongs to the positive class. */
  probability(text: string): number {
    this.generation = (this.generation + 1) >>> 0 || 1;
    this.z = this.bias;
    this.prevWord = this.lastWord = '';
    this.prevEntry = this.lastEntry = undefined;
    this.featurize(text, this);
    return 1 / (1 + Math.exp(-this.z));
  }

  /** True when the model alone is confident enough to raise a finding (threshold chosen on the dev sets). */
  flags(text: string): boolean {
    return this.probability(text) >= this.threshold;
  }

  /** The words that pushed the model furthest towards the positive class, as evidence spans. */
  wordSpans(text: string, kind: string, limit = 3): EvidenceSpan[] {
    const out: { span: EvidenceSpan; w: number }[] = [];
    const re = /[A-Za-z][A-Za-z'’]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const i = this.words.get(m[0].toLowerCase().replace(/’/g, "'"))?.index;
      const w = i === undefined ? 0 : this.weights[i]!;
      if (w > 0.5) out.push({ span: { start: m.index, end: m.index + m[0].length, kind, text: m[0], field: 'text' }, w });
    }
    return out
      .sort((a, b) => b.w - a.w || a.span.start - b.span.start)
      .slice(0, limit)
      .map((x) => x.span)
      .sort((a, b) => a.start - b.start);
  }
}
