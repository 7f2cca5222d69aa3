import type { GuidanceEdition } from '../model.js';
import { GUIDANCE } from './lexicon.js';

export type GuidanceTopic = 'patient' | 'interest' | 'anonymity' | 'geotag';

export interface GuidanceRef {
  /** Paragraph numbers confirmed for this edition (unconfirmed numbers are never listed). */
  refs: string[];
  /** Our short paraphrase, never a long quotation. */
  paraphrase: string;
  title: string;
}

interface EditionEntry {
  title: string;
  refs: string[];
  paraphrase: string;
}

const TOPICS = GUIDANCE.topics as Record<string, Record<GuidanceEdition, EditionEntry>>;

/** The paragraphs and paraphrase a finding cites under the doctor's chosen edition. */
export function guidanceFor(topic: GuidanceTopic | string, edition: GuidanceEdition): GuidanceRef {
  const entry = TOPICS[topic]?.[edition] ?? TOPICS[topic]?.['2013'];
  if (!entry) throw new Error(`No guidance mapped for topic "${topic}"`);
  return { refs: [...entry.refs], paraphrase: entry.paraphrase, title: entry.title };
}
