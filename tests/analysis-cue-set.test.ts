/** Cue lists tested by the words they need give the same answers as one big union, only faster. */
import { describe, expect, it } from 'vitest';
import { CueSet, requiredLiterals } from '../src/analysis/cue-set.js';
import { anyOf, INTEREST_CUES as C } from '../src/analysis/lexicon.js';
import { hits } from '../src/analysis/spans.js';
import { BLIND_PAIRS } from '../eval/dataset/blind-sets.js';
import { INTEREST_NEGATIVE, INTEREST_POSITIVE } from '../eval/dataset/interest.js';
import { ordinaryPosts } from '../eval/dataset/ordinary.js';
import { PATIENT_NEGATIVE, PATIENT_POSITIVE } from '../eval/dataset/patient.js';

describe('requiredLiterals', () => {
  const words = (source: string): string[] | null => requiredLiterals(source)?.map((l) => (l.wordStart ? l.text : `~${l.text}`)) ?? null;
  it.each([
    ['\\bsponsor(?:ed|s)?\\b', ['sponsor']],
    ['\\b(?:thanks?|thank you|cheers) to\\b', ['thank', 'thank', 'cheers']],
    ['\\bshout ?out\\b', ['shout']],
    ['\\broyalt(?:y|ies)\\b|\\b(?:designing|designed) with', ['royalt', 'designing', 'designed']],
    ['\\bco-?designed\\b', ['~designed']],
    ['#ad\\b', ['ad']],
    ['\\b(?:a|the)? thing', ['thing']],
    // Needed later in the match, still at a word start: after a space, a digit or "%".
    ['\\b\\d{1,2} ?% off\\b', ['off']],
    ['\\bi (?:work|consult) for\\b', ['work', 'consult']],
    ['\\b[\\w&+]+-(?:hosted|funded)\\b', ['hosted', 'funded']],
    // After an optional part the letters may sit inside a word ("rebooked").
    ['\\b(?:re)?book(?:ed|ing)\\b', ['~book']],
    ['facelift', ['~facelift']],
    // A short word that starts a word is looked for before longer letters inside one.
    ['\\b(?:new )?face of\\b', ['of']],
    ['(?:^|[.!?] )man\\b', ['~man']],
  ])('%s needs %j', (source, expected) => {
    expect(words(source)).toEqual(expected);
  });

  it.each(['£\\s?\\d', '\\b(?:my|our)? x', '\\b[A-Z]{2,}\\d', '(?:^|\\s)ad(?:[:|\\])]|$)'])(
    '%s needs no letters it can be found by, so it always runs',
    (source) => {
      expect(requiredLiterals(source)).toBeNull();
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
    ['every tie, gift and praise', [...C.tie, ...C.selling, ...C.ownProduct, ...C.hospitality, ...C.endorse]],
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
