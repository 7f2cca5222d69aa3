import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTEREST_PASS_VERSION, interestFindings, interestRuleFindings } from '../src/analysis/interest.js';
import { emitInterestFeatures } from '../src/analysis/interest-features.js';
import { emitPostFeatures } from '../src/analysis/patient-features.js';
import { featureSet, TextModel, type TextModelFile } from '../src/analysis/text-model.js';
import { BLIND_PAIRS } from '../eval/dataset/blind-sets.js';
import { ordinaryPosts } from '../eval/dataset/ordinary.js';
import { ctx, input, makeAccount } from '../eval/records.js';

const MODEL = new URL('../resources/interest-model.json', import.meta.url);
const run = (text: string, bio: string | null = null) => interestFindings(input(text, { account: bio ? makeAccount('drsam', 'Dr Sam Okafor', bio) : null }), ctx());
const rulesOnly = (text: string) => interestRuleFindings(input(text), ctx());

const MISSED_BY_RULES = [
  'my feet after 3 long days in @clove vs my old running trainers… no contest 👟 ambassador link in bio',
  'Doing a few evenings a week with Harley Mind ADHD now — private assessments, so if you have been stuck on an NHS waiting list there is another route',
];

describe('interest pass: the learned signal adds ties the cue lists do not foresee', () => {
  it.each(MISSED_BY_RULES)('flags, though no rule does: %s', (text) => {
    expect(rulesOnly(text)).toHaveLength(0);
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].pass).toBe('interest');
    expect(f[0].rule).toBe('possible-undeclared-interest');
    expect(f[0].severity).toBe('low');
    expect(f[0].passVersion).toBe(INTEREST_PASS_VERSION);
    // It says why: the words that tipped it, highlighted and quoted.
    expect(f[0].evidence.length).toBeGreaterThan(0);
    for (const e of f[0].evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(f[0].explanation).toMatch(/words such as “/);
  });

  it.each([
    ['declared in the post', `${MISSED_BY_RULES[0]} #ad`],
    ['declared in the post', `Disclosure: I am paid by them. ${MISSED_BY_RULES[1]}`],
  ])('stays quiet when the tie is %s', (_, text) => expect(run(text)).toHaveLength(0));

  it('stays quiet when the profile declares interests', () => {
    expect(run(MISSED_BY_RULES[0], 'GP. Declarations of interest: see my website.')).toHaveLength(0);
  });

  it.each([
    'Thanks to my registrar for the lunch today!',
    'Thanks @boston for the lovely lunch after the workshop',
    'Our new NHS physio self-referral clinic is open, book online via the trust website.',
    'Lovely lunch with colleagues in the spire-shadowed cathedral town.',
  ])('needs another party to the tie: quiet on %s', (text) => expect(run(text)).toHaveLength(0));

  it('scores with the same features the trainer used, and says where it came from', () => {
    const m = JSON.parse(readFileSync(MODEL, 'utf8'));
    expect(m._source).toMatch(/train-model\.ts \(npm run train:interest\)/);
    expect(m._source).toMatch(/Never trained on the blind test halves/);
    expect(m.features.length).toBe(m.weights.length);
    expect(m.threshold).toBeGreaterThan(0.5);
    expect(m.threshold).toBeLessThan(1);
    expect(statSync(MODEL).size).toBeLessThan(500_000);
    const model = new TextModel(m, emitInterestFeatures);
    expect(model.probability(MISSED_BY_RULES[0])).toBeGreaterThan(model.probability('Ward round done, tea and toast.'));
  });
});

describe('the learned-signal mechanism', () => {
  const tiny = new TextModel({ threshold: 0.6, bias: -1, features: ['free', 'kit', 'rota'], weights: [1.5, 1, -2] }, (t, sink) => t.toLowerCase().split(/\W+/).forEach((w) => sink.one(w)));
  it('adds the weights of the features present to the bias', () => {
    expect(tiny.probability('free kit')).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 6);
    expect(tiny.probability('rota')).toBeCloseTo(1 / (1 + Math.exp(3)), 6);
    expect(tiny.flags('free kit')).toBe(true);
    expect(tiny.flags('free rota')).toBe(false);
  });
  it('counts a repeated word once, as the trainer does', () => {
    expect(tiny.probability('free free kit kit')).toBeCloseTo(tiny.probability('free kit'), 12);
  });
  it('highlights the words that pushed it furthest, in text order', () => {
    const spans = tiny.wordSpans('Got a free kit today', 'promotion');
    expect(spans.map((s) => s.text)).toEqual(['free', 'kit']);
    expect(spans.every((s) => s.kind === 'promotion')).toBe(true);
  });
});

describe('the scorer skips only what cannot score', () => {
  const texts = [...BLIND_PAIRS.flatMap((p) => p.dev.posts.map((b) => b.text)), ...ordinaryPosts(500, 7)];
  it.each([
    ['interest', 'resources/interest-model.json', emitInterestFeatures],
    ['patient', 'resources/patient-model.json', emitPostFeatures],
  ] as const)('gives the %s model the log-odds of a plain sum over every distinct feature, bigrams included', (_name, path, featurize) => {
    const file = JSON.parse(readFileSync(path, 'utf8')) as TextModelFile;
    const model = new TextModel(file, featurize);
    const weight = new Map(file.features.map((f, i) => [f, file.weights[i]!]));
    for (const text of texts) {
      const z = [...featureSet(featurize, text)].reduce((sum, f) => sum + (weight.get(f) ?? 0), file.bias);
      expect(model.probability(text)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    }
  });
});
