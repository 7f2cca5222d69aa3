/**
 * The learned `patient` signal (resources/patient-model.json, `npm run train:patient`): how much a
 * post reads like a story about one person being cared for.
 */
import model from '../../resources/patient-model.json' with { type: 'json' };
import type { EvidenceSpan } from '../model.js';
import { emitPostFeatures } from './patient-features.js';
import { TextModel } from './text-model.js';

const PATIENT_MODEL = new TextModel(model, emitPostFeatures);

/** Probability (0..1) that the post tells about one specific patient or person being cared for. */
export function patientProbability(text: string): number {
  return PATIENT_MODEL.probability(text);
}

/** True when the model alone is confident enough to raise a finding (threshold chosen on the dev sets). */
export function modelFlags(text: string): boolean {
  return PATIENT_MODEL.flags(text);
}

/** The words that pushed the model furthest towards "a patient story", as evidence spans of kind `story`. */
export function storySpans(text: string, limit = 3): EvidenceSpan[] {
  return PATIENT_MODEL.wordSpans(text, 'story', limit);
}
