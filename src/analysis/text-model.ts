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

export class TextModel {
  private readonly weights: ReadonlyMap<string, number>;
  private readonly bias: number;
  readonly threshold: number;

  constructor(
    file: TextModelFile,
    private readonly featuresOf: (text: string) => Iterable<string>,
  ) {
    this.weights = new Map(file.features.map((f, i) => [f, file.weights[i]!]));
    this.bias = file.bias;
    this.threshold = file.threshold;
  }

  /** Probability (0..1) that the post belongs to the positive class. */
  probability(text: string): number {
    let z = this.bias;
    for (const f of this.featuresOf(text)) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
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
      const w = this.weights.get(m[0].toLowerCase().replace(/’/g, "'")) ?? 0;
      if (w > 0.5) out.push({ span: { start: m.index, end: m.index + m[0].length, kind, text: m[0], field: 'text' }, w });
    }
    return out
      .sort((a, b) => b.w - a.w || a.span.start - b.span.start)
      .slice(0, limit)
      .map((x) => x.span)
      .sort((a, b) => a.start - b.start);
  }
}
