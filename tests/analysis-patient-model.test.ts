import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATIENT_PASS_VERSION, patientFindings, patientRuleFindings } from '../src/analysis/patient.js';
import { modelFlags, patientProbability, storySpans } from '../src/analysis/patient-model.js';
import { postFeatures } from '../src/analysis/patient-features.js';
import { ctx, input } from '../eval/records.js';

const run = (text: string) => patientFindings(input(text), ctx());
const rulesOnly = (text: string) => patientRuleFindings(input(text), ctx());
const MODEL = new URL('../resources/patient-model.json', import.meta.url);

describe('patient pass: the learned signal adds stories the rules do not foresee', () => {
  it.each([
    'Spent twenty minutes holding the hand of an old gentleman who kept asking for his late wife. He settled eventually.',
    'She came back to thank us with a tin of biscuits, a year after we nearly lost her. Made the whole team cry.',
  ])('flags, though no rule does: %s', (text) => {
    expect(rulesOnly(text)).toHaveLength(0);
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].pass).toBe('patient');
    expect(f[0].passVersion).toBe(PATIENT_PASS_VERSION);
    // A finding always shows why: at least one highlighted span beyond clinical words.
    expect(f[0].evidence.some((e) => e.field === 'text' && e.kind !== 'clinical')).toBe(true);
    expect(f[0].explanation).toMatch(/patient you cared for/);
  });

  it('grades model-only findings by the same quasi-identifiers as the rules', () => {
    const f = run('She came back to thank us with a tin of biscuits, a year after we nearly lost her. Made the whole team cry.');
    expect(['low', 'medium', 'high']).toContain(f[0].severity);
    expect(f[0].evidence.map((e) => e.kind)).toContain('patient-reference');
  });

  it('keeps every rule finding exactly as the rules made it', () => {
    const text = 'Had a 72yo man in resus tonight, intubated him and shipped him up to ICU.';
    const post = input(text);
    expect(patientFindings(post, ctx())).toEqual(patientRuleFindings(post, ctx()));
  });
});

describe('patient pass: the learned signal never passes the rules\' hard negatives', () => {
  it.each([
    // The doctor's own family, even when the words sound like a ward story.
    'My mum was brilliant on the ward today, she told the nurses all about her grandchildren.',
    // A case marked hypothetical.
    'Hypothetical: a man of 60 turns up with crushing chest pain. What do you do first?',
    // "Patient" in its everyday sense.
    'Be patient with the new FY1s this week, they are doing their best.',
    // A colleague's night, not a patient's care.
    'Our SHO was brilliant on nights, she ran the arrest calmly. Proud colleague moment.',
    // Patients as a class.
    'Patients with COPD who stop smoking do better, the data are clear.',
    // Nobody in particular: a product in the doctor's own clinic.
    'Obsessed with the new couch in my clinic this month, best purchase of the year.',
  ])('does not flag: %s', (text) => {
    expect(run(text)).toHaveLength(0);
  });
});

describe('patient model: scoring and file', () => {
  it('scores are probabilities and deterministic', () => {
    const text = 'Sat with an old man on the ward tonight while he waited for his son.';
    const p = patientProbability(text);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(patientProbability(text)).toBe(p);
    expect(patientProbability('Journal club on Tuesday: statins for primary prevention. Good discussion.')).toBeLessThan(0.5);
    expect(modelFlags('Rota gaps again this week, thank you to everyone covering.')).toBe(false);
  });

  it('turns ages in any shorthand into one feature', () => {
    for (const t of ['a 72yo in resus', 'an 84-year-old lady', 'Cardiac arrest. 52M. Gym.']) expect(postFeatures(t)).toContain('AGE_TOKEN');
    expect(postFeatures('my dad came to visit')).toContain('FIRST_PERSON_FAMILY');
  });

  it('can show the words that tipped it as story evidence', () => {
    const text = 'Sat with an old man on the ward tonight while he waited for his son.';
    const spans = storySpans(text);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.kind).toBe('story');
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('says where it came from, and stays small', () => {
    const m = JSON.parse(readFileSync(MODEL, 'utf8'));
    expect(m._source).toMatch(/train-model\.ts/);
    expect(m._licence).toBeTruthy();
    expect(m.features.length).toBe(m.weights.length);
    expect(m.threshold).toBeGreaterThan(0.5);
    expect(statSync(MODEL).size).toBeLessThan(300_000);
  });
});
