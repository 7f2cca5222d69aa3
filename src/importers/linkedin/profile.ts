import type { Account } from '../../model.js';
import { cell, type CsvTable } from './csv.js';
import { present } from './values.js';

/** Used as the handle when the export has no Profile.csv. */
export const FALLBACK_HANDLE = 'linkedin-user';

/**
 * Profile.csv (one row): First Name, Last Name, Headline, Summary, Industry, Geo Location ... The
 * export has no reliable vanity URL, so the handle is the member's full name as LinkedIn shows it.
 * Address, birth date, zip code and messenger handles are deliberately not copied.
 */
export function accountFromProfile(profile: CsvTable | null, positions: CsvTable | null): Account {
  const row = profile?.rows[0];
  const first = row ? present(cell(row, 'First Name')) : '';
  const last = row ? present(cell(row, 'Last Name')) : '';
  const fullName = [first, last].filter(Boolean).join(' ');
  const headline = row ? present(cell(row, 'Headline')) : '';
  const summary = row ? present(cell(row, 'Summary')) : '';
  const extra: Record<string, string> = {};
  if (headline) extra.headline = headline;
  const industry = row ? present(cell(row, 'Industry')) : '';
  if (industry) extra.industry = industry;
  const websites = row ? present(cell(row, 'Websites')) : '';
  if (websites) extra.websites = websites;
  const jobs = positionsText(positions);
  if (jobs) extra.positions = jobs;
  return {
    platform: 'linkedin',
    handle: fullName || FALLBACK_HANDLE,
    displayName: fullName || null,
    bio: [headline, summary].filter(Boolean).join('\n\n') || null,
    location: row ? present(cell(row, 'Geo Location')) || null : null,
    url: null,
    createdAt: null,
    extra,
  };
}

/** Positions.csv rows as "Title, Company (Started On – Finished On)" lines: the `interest` pass looks for employers here. */
export function positionsText(positions: CsvTable | null): string {
  if (!positions) return '';
  return positions.rows
    .map((r) => {
      const title = present(cell(r, 'Title'));
      const company = present(cell(r, 'Company Name'));
      const from = present(cell(r, 'Started On'));
      const to = present(cell(r, 'Finished On')) || (from ? 'present' : '');
      const what = [title, company].filter(Boolean).join(', ');
      if (!what) return '';
      return from ? `${what} (${from} – ${to})` : what;
    })
    .filter(Boolean)
    .join('\n');
}
