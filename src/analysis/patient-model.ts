/**
 * The learned `patient` signal: a naive Bayes log-odds model (resources/patient-model.json, trained
 * by scripts/train-patient-model.ts from Hindsight's own labelled sets) that says how much a post
 * reads like a story about one person being cared for. Pure: the weights are read once at load.
 */
import model from '../../resources/patient-model.json' with { type: 'json' };
import type { EvidenceSpan } from '../model.js';
import { postFeatures } from './patient-features.js';

const WEIGHTS: ReadonlyMap<string, number> = new Map(model.features.map((f, i) => [f, model.weights[i]]));
const BIAS: number = model.bias;
const THRESHOLD: number = model.threshold;

/** Probability (0..1) that the post tells about one specific patient or person being cared for. */
export function patientProbability(text: string): number {
  let z = BIAS;
  for (const f of postFeatures(text)) z += WEIGHTS.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the model alone is confident enough to raise a finding (threshold chosen on the dev sets). */
export function modelFlags(text: string): boolean {
  return patientProbability(text) >= THRESHOLD;
}

/** The words that pushed the model furthest towards "a patient story", as evidence spans of kind `story`. */
export function storySpans(text: string, limit = 3): EvidenceSpan[] {
  const out: { span: EvidenceSpan; w: number }[] = [];
  const re = /[A-Za-z][A-Za-z'’]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = WEIGHTS.get(m[0].toLowerCase().replace(/’/g, "'")) ?? 0;
    if (w > 0.5) out.push({ span: { start: m.index, end: m.index + m[0].length, kind: 'story', text: m[0], field: 'text' }, w });
  }
  return out.sort((a, b) => b.w - a.w || a.span.start - b.span.start).slice(0, limit).map((x) => x.span).sort((a, b) => a.start - b.start);
}
