/**
 * Features for the learned `patient` signal (resources/patient-model.json): lower-cased word
 * unigrams and bigrams plus a few coarse tokens that generalise across phrasings ("72yo", "52M"
 * and "84-year-old" all become AGE_TOKEN). Shared by the trainer (scripts/train-model.ts)
 * and the scorer (patient-model.ts) so both see exactly the same features. Pure, no I/O.
 */
import { anyOf, PATIENT_LEXICON as L } from './lexicon.js';

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
const WORD = /[a-z][a-z'’]*|\d+/g;

/** The distinct features of one post, in a stable order. */
export function postFeatures(text: string): string[] {
  const out = new Set<string>();
  let t = text.replace(/https?:\/\/\S+/g, ' ').replace(/[@#]\w+/g, (m) => (m[0] === '@' ? ' MENTION_TOKEN ' : ` ${m.slice(1)} `));
  AGE.lastIndex = 0;
  if (AGE.test(t)) out.add('AGE_TOKEN');
  AGE.lastIndex = 0;
  t = t.replace(AGE, ' agetoken ');
  const words = (t.toLowerCase().match(WORD) ?? []).map((w) => (/^\d+$/.test(w) ? 'numtoken' : w.replace(/’/g, "'")));
  let past = 0;
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (i > 0) out.add(`${words[i - 1]} ${words[i]}`);
    if (words[i].length > 4 && words[i].endsWith('ed')) past++;
  }
  if (past) out.add('PAST_TENSE_VERB');
  if (past >= 2) out.add('PAST_TENSE_VERB_2');
  if (PRONOUN_3SG.test(text)) out.add('PRONOUN_3SG');
  if (FIRST_PERSON.test(text)) out.add('FIRST_PERSON');
  if (TIME.test(text)) out.add('TIME_WORD');
  if (CLINICAL.test(text)) out.add('CLINICAL_WORD');
  if (FAMILY.test(text)) out.add('FIRST_PERSON_FAMILY');
  if (HYPOTHETICAL.test(text)) out.add('HYPOTHETICAL');
  if (GENERIC.test(text)) out.add('GENERIC');
  if (PATIENT_PLURAL.test(text)) out.add('PATIENTS_PLURAL');
  if (QUOTE.test(text)) out.add('QUOTE');
  if (text.trim().endsWith('?')) out.add('QUESTION');
  return [...out];
}
