/**
 * Features for the learned `interest` signal (resources/interest-model.json): lower-cased word
 * unigrams and bigrams, plus tokens for the marks of selling that words alone miss (a link, a
 * mention, a price, a discount, a code). Lean on purpose: the signal is asked about most posts, so
 * its features must cost little. Shared by the trainer (scripts/train-model.ts) and the scorer.
 */
import { emitWords, featureSet, type Featurizer } from './text-model.js';

const URL = /https?:\/\/\S+|\bwww\.\S+/g;
const MENTION = /@\w+/g;
const PRICE = /[£$€] ?\d/;
const DISCOUNT = /\b\d{1,2} ?% ?off\b/i;
const CODE = /\b[A-Z]{2,}[0-9]{1,3}\b/;

/** Emits the features of one post, in a stable order (see Featurizer). */
export const emitInterestFeatures: Featurizer = (text, sink) => {
  // Each mark needs a character most posts lack: test for it before running the pattern.
  if (/[£$€]/.test(text)) {
    if (PRICE.test(text)) sink.one('PRICE_TOKEN');
  }
  if (text.includes('%') && DISCOUNT.test(text)) sink.one('DISCOUNT_TOKEN');
  if (/\d/.test(text) && CODE.test(text)) sink.one('CODE_TOKEN');
  if (text.trimEnd().endsWith('?')) sink.one('QUESTION');
  let t = text;
  // Most posts have neither; the test is cheaper than a replace that finds nothing.
  if (t.includes('http') || t.includes('www.')) t = t.replace(URL, ' linktoken ');
  if (t.includes('@')) t = t.replace(MENTION, ' mentiontoken ');
  emitWords(t.toLowerCase(), sink);
};

/** The distinct features of one post, in a stable order. */
export function interestFeatures(text: string): Set<string> {
  return featureSet(emitInterestFeatures, text);
}
