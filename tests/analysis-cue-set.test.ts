/** Cue lists tested by first word give the same answers as one big union, only faster. */
import { describe, expect, it } from 'vitest';
import { CueSet, firstWords } from '../src/analysis/cue-set.js';
import { anyOf, INTEREST_CUES as C } from '../src/analysis/lexicon.js';
import { hits } from '../src/analysis/spans.js';
import { BLIND_PAIRS } from '../eval/dataset/blind-sets.js';
import { INTEREST_NEGATIVE, INTEREST_POSITIVE } from '../eval/dataset/interest.js';
import { ordinaryPosts } from '../eval/dataset/ordinary.js';
import { PATIENT_NEGATIVE, PATIENT_POSITIVE } from '../eval/dataset/patient.js';

describe('firstWords', () => {
  it.each([
    ['\\bsponsor(?:ed|s)?\\b', ['sponsor']],
    ['\\b(?:thanks?|thank you|cheers) to\\b', ['thank', 'thank', 'cheers']],
    ['\\bshout ?out\\b', ['shout']],
    ['\\broyalt(?:y|ies)\\b|\\b(?:designing|designed) with', ['royalt', 'designing', 'designed']],
    ['\\bco-?designed\\b', ['co']],
  ])('%s starts with %j', (source, words) => {
    expect(firstWords(source)).toEqual(words);
  });

  it.each(['\\b\\d{1,2} ?% off\\b', '\\b(?:new )?face of\\b', '£\\s?\\d', '(?:^|[.!?] )man\\b', '\\b(?:a|the)? thing', '\\b(?:my|our)? x'])(
    '%s has no fixed first word, so it always runs',
    (source) => {
      expect(firstWords(source)).toBeNull();
    },
  );
});

describe('CueSet', () => {
  const texts = [
    ...BLIND_PAIRS.flatMap((p) => [...p.dev.posts, ...p.test.posts].map((b) => b.text)),
    ...INTEREST_POSITIVE,
    ...INTEREST_NEGATIVE,
    ...PATIENT_POSITIVE,
    ...PATIENT_NEGATIVE,
    ...ordinaryPosts(2000, 99),
  ];

  it.each([
    ['tie', [...C.tie, ...C.selling, ...C.ownProduct]],
    ['hospitality', C.hospitality],
    ['endorse', C.endorse],
    ['declaration', C.declaration],
  ])('answers like the single union of the %s cues on every labelled and ordinary post', (_name, sources) => {
    const set = new CueSet(sources);
    const union = anyOf(sources, 'gi');
    const differ = texts.filter((t) => set.test(t) !== hits(union, t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => set.test(t)).length).toBeGreaterThan(10);
  });

  it('finds the same first match as the union', () => {
    const set = new CueSet(C.hospitality);
    const text = 'Huge thanks to Pfizer for the lovely dinner last night';
    expect(set.spans(text, 'hospitality')[0]).toMatchObject({ start: 0, kind: 'hospitality' });
  });
});
