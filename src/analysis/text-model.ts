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

/**
 * Emits a post's features in a stable order, repeats allowed. `pairs`, when given, names the words a
 * scoring bigram can start with: a bigram starting with any other word has no weight, so the
 * scorer need not build its string. Trainers pass none and see every feature.
 */
export type Featurizer = (text: string, emit: (feature: string) => void, pairs?: ReadonlySet<string>) => void;

/** Every distinct feature of a post, in the order first emitted (for trainers and tests). */
export function featureSet(featurize: Featurizer, text: string): Set<string> {
  const out = new Set<string>();
  featurize(text, (f) => out.add(f));
  return out;
}

export class TextModel {
  private readonly index: ReadonlyMap<string, number>;
  private readonly weights: Float64Array;
  /** First words of the model's bigrams ("free" of "free kit"). */
  private readonly pairs: ReadonlySet<string>;
  /** Per feature, the call that last counted it: a feature counts once per post without a Set per post. */
  private readonly stamps: Uint32Array;
  private generation = 0;
  private z = 0;
  private readonly bias: number;
  readonly threshold: number;

  constructor(
    file: TextModelFile,
    private readonly featurize: Featurizer,
  ) {
    this.index = new Map(file.features.map((f, i) => [f, i]));
    this.weights = Float64Array.from(file.weights);
    this.pairs = new Set(file.features.filter((f) => f.includes(' ')).map((f) => f.slice(0, f.indexOf(' '))));
    this.stamps = new Uint32Array(file.features.length);
    this.bias = file.bias;
    this.threshold = file.threshold;
  }

  private readonly count = (feature: string): void => {
    const i = this.index.get(feature);
    if (i !== undefined && this.stamps[i] !== this.generation) {
      this.stamps[i] = this.generation;
      this.z += this.weights[i]!;
    }
  };

  /** Probability (0..1) that the post belongs to the positive class. */
  probability(text: string): number {
    this.generation = (this.generation + 1) >>> 0 || 1;
    this.z = this.bias;
    this.featurize(text, this.count, this.pairs);
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
      const i = this.index.get(m[0].toLowerCase().replace(/’/g, "'"));
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
