/**
 * The guidance paragraph a finding relates to, for the active edition: its references and a short
 * paraphrase, from the same map the analysis passes cite (resources/guidance.json; EDITIONS.md says
 * which numbers are confirmed; unconfirmed ones are withheld there and never shown here).
 */
import { guidanceFor as analysisGuidanceFor } from '../analysis/guidance.js';
import type { GuidanceEdition } from '../model.js';

export interface GuidanceText {
  title: string;
  refs: string[];
  paraphrase: string;
}

export const EDITION_LABELS: Record<GuidanceEdition, string> = {
  '2013': "GMC, Doctors' use of social media (2013)",
  '2024': 'GMC, Using social media as a medical professional (2024), with Good medical practice (2024)',
};

/** The topic's text for the edition (the analysis passes' own map), or null for a topic it lacks. */
export function guidanceFor(topic: string, edition: GuidanceEdition): GuidanceText | null {
  try {
    return analysisGuidanceFor(topic, edition);
  } catch {
    // A pass added before its guidance entry: the report falls back to the finding's own refs.
    return null;
  }
}

/** "¶12, 13, 14" or "SM ¶18, GMP ¶88"; bare numbers read as paragraphs of the social media guidance. */
export function formatRefs(refs: readonly string[]): string {
  if (refs.length === 0) return '';
  return refs.map((r) => r.replace(/^((?:SM|GMP|2013)\s+)?(\d)/, (_m, doc: string | undefined, d: string) => `${doc ?? ''}¶${d}`)).join(', ');
}
