import type { EntryInfo } from '../source.js';
import type { Detection } from '../types.js';
import { linkedinLayout } from './layout.js';

/** Recognise a LinkedIn data export (CSV) from its entry names. */
export function detectLinkedin(entries: readonly EntryInfo[]): Detection | null {
  const layout = linkedinLayout(entries);
  if (!layout) return null;
  return { platform: 'linkedin', era: 'csv', label: 'LinkedIn data export (CSV)', root: layout.root };
}
