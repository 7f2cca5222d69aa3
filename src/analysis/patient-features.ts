/**
 * Features for the learned `patient` signal (resources/patient-model.json): lower-cased word
 * unigrams and bigrams plus a few coarse tokens that generalise across phrasings ("72yo", "52M"
 * and "84-year-old" all become AGE_TOKEN). Shared by the trainer (scripts/train-model.ts)
 * and the scorer (patient-model.ts) so both see exactly the same features. Pure, no I/O.
 */
import { anyOf, PATIENT_LEXICON as L } from './lexicon.js';
import { emitWords, featureSet, type Featurizer } from './text-model.js';

const AGE = /\b\d{1,3} ?(?:yo|y\/o|yrs?|years?[- ]old|year[- ]old|yr[- ]old|-year-old|[mf])\b|\b(?:aged|in (?:his|her|their)) \d{1,3}s?\b|\b\d{1,3}s?-?year-old\b/gi;
const TIME = /\b(?:today|tonight|yesterday|this morning|this afternoon|this evening|last night|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d{1,2}(?::\d{2})? ?(?:am|pm)?)\b/i;
const CLINICAL = anyOf(L.clinical, 'i');
const FAMILY = anyOf(L.family, 'i');
const HYPOTHETICAL = anyOf(L.hypothetical, 'i');
const GENERIC = anyOf(L.generic, 'i');
const PRONOUN_3SG = /\b(?:he|she|him|her|his|hers|he's|she's|he'd|she'd)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|we|we've|us)\b/i;
const PATIENT_PLURAL = /\bpatients\b/i;
const QUOTE = /['"‘“][^'"‘’“”]{3,}['"’”]/;

/** Emits the features of one post, in a stable order (see Featurizer). */
export const emitPostFeatures: Featurizer = (text, sink) => {
  let t = text.replace(/https?:\/\/\S+/g, ' ').replace(/[@#]\w+/g, (m) => (m[0] === '@' ? ' MENTION_TOKEN ' : ` ${m.slice(1)} `));
  AGE.lastIndex = 0;
  if (AGE.test(t)) sink.one('AGE_TOKEN');
  AGE.lastIndex = 0;
  t = t.replace(AGE, ' agetoken ');
  let past = 0;
  for (const w of emitWords(t.toLowerCase(), sink)) if (w.length > 4 && w.endsWith('ed')) past++;
  if (past) sink.one('PAST_TENSE_VERB');
  if (past >= 2) sink.one('PAST_TENSE_VERB_2');
  if (PRONOUN_3SG.test(text)) sink.one('PRONOUN_3SG');
  if (FIRST_PERSON.test(text)) sink.one('FIRST_PERSON');
  if (TIME.test(text)) sink.one('TIME_WORD');
  if (CLINICAL.test(text)) sink.one('CLINICAL_WORD');
  if (FAMILY.test(text)) sink.one('FIRST_PERSON_FAMILY');
  if (HYPOTHETICAL.test(text)) sink.one('HYPOTHETICAL');
  if (GENERIC.test(text)) sink.one('GENERIC');
  if (PATIENT_PLURAL.test(text)) sink.one('PATIENTS_PLURAL');
  if (QUOTE.test(text)) sink.one('QUOTE');
  if (text.trim().endsWith('?')) sink.one('QUESTION');
};

/** The distinct features of one post, in a stable order. */
export function postFeatures(text: string): string[] {
  return [...featureSet(emitPostFeatures, text)];
}
