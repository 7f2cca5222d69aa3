/**
 * Guidance for the renderer, so the paragraph a finding cites is one glance away without a round
 * trip. Paraphrases come from resources/guidance.json, the same map the analysis passes use
 * (bundled at build time, never fetched); the passes decide which paragraphs a finding cites.
 */
import type { GuidanceEdition } from '../../src/model';
import guidanceMap from '../../resources/guidance.json';

export interface PassInfo {
  title: string;
  /** One line saying what the pass looks for, in plain words. */
  about: string;
}

export const PASS_INFO: Record<string, PassInfo> = {
  patient: { title: 'Patient details', about: 'A post that may let someone recognise a patient or their care.' },
  interest: { title: 'Undeclared interest', about: 'Promotion of, or ties to, a healthcare company or product without a declaration.' },
  anonymity: { title: 'Anonymous doctor', about: 'An account that presents as a doctor without saying who you are.' },
  geotag: { title: 'Location', about: 'A precise location in a photo or on a post.' },
  colleague: { title: 'About colleagues', about: 'Remarks about colleagues that may be unfair or unsubstantiated.' },
  advertising: { title: 'Advertising', about: 'Promotion of your own services with claims that cannot be checked.' },
  boundary: { title: 'Boundaries', about: 'A patient contacting you on a personal profile.' },
};

export const KNOWN_PASSES = ['patient', 'interest', 'anonymity', 'geotag'];

export function passTitle(pass: string): string {
  return PASS_INFO[pass]?.title ?? pass.charAt(0).toUpperCase() + pass.slice(1);
}

interface TopicEdition {
  title: string;
  refs: string[];
  paraphrase: string;
}

/** The paragraph map the analysis passes also use (resources/guidance.json); bundled, never fetched. */
const TOPICS = (guidanceMap as unknown as { topics: Record<string, Partial<Record<GuidanceEdition, TopicEdition>>> }).topics;

export function topicFor(pass: string, edition: GuidanceEdition): TopicEdition | null {
  return TOPICS[pass]?.[edition] ?? TOPICS[pass]?.['2013'] ?? null;
}

/** "12" -> "¶12", "SM 18" -> "SM ¶18", "GMP 90(b)" -> "GMP ¶90(b)", "2013 8c" -> "2013 ¶8(c)". */
export function refLabel(ref: string): string {
  const m = /^(SM|GMP|2013|2024)?\s*¶?\s*(\d+)\s*(?:\(?([a-z])\)?)?$/i.exec(ref.trim());
  if (!m) return ref;
  const prefix = m[1] ? `${m[1].toUpperCase()} ` : '';
  return `${prefix}¶${m[2]}${m[3] ? `(${m[3].toLowerCase()})` : ''}`;
}

export function editionTitle(edition: GuidanceEdition): string {
  return edition === '2024' ? 'Using social media as a medical professional (GMC, 2024)' : 'Doctors’ use of social media (GMC, 2013)';
}
