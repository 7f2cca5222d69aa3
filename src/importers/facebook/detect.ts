import type { EntryInfo } from '../source.js';
import type { Detection } from '../types.js';
import { facebookLayout } from './layout.js';

const LABELS: Record<string, string> = {
  'json-2019': 'Facebook archive (JSON, 2019-2021 layout)',
  'json-2022': 'Facebook archive (JSON, 2022-2023 layout)',
  'json-2024': 'Facebook archive (JSON, 2024+ layout)',
  html: 'Facebook archive (HTML format)',
};

/** Recognise a Facebook "Download your information" export from its entry names. */
export function detectFacebook(entries: readonly EntryInfo[]): Detection | null {
  const layout = facebookLayout(entries);
  if (!layout) return null;
  return { platform: 'facebook', era: layout.era, label: LABELS[layout.era]!, root: layout.root };
}
