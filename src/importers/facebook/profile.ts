import type { Account } from '../../model.js';
import { asArray, asNumber, asObject, asString } from './shape.js';

/** Used as the handle when the export has no profile file (the user did not select it). */
export const FALLBACK_HANDLE = 'facebook-user';

function names(list: unknown, pick: (o: Record<string, unknown>) => string): string {
  return asArray(list)
    .map((x) => asObject(x))
    .filter((o): o is Record<string, unknown> => o !== null)
    .map(pick)
    .filter(Boolean)
    .join('; ');
}

/**
 * The account from profile_information.json: `{"profile_v2": {...}}` (2020+) or `{"profile": {...}}`
 * (before). Only what the passes need is kept (name, city, hometown, work, education, username);
 * emails, phone numbers, birthday and relatives are deliberately not copied.
 */
export function accountFromProfile(json: unknown): Account | null {
  const root = asObject(json);
  const p = asObject(root?.profile_v2) ?? asObject(root?.profile);
  if (!p) return null;
  const name = asObject(p.name);
  const fullName =
    asString(name?.full_name) ||
    [asString(name?.first_name), asString(name?.middle_name), asString(name?.last_name)].filter(Boolean).join(' ') ||
    (typeof p.name === 'string' ? p.name : '');
  const username = asString(p.username);
  const handle = username || fullName || FALLBACK_HANDLE;
  const extra: Record<string, string> = {};
  const hometown = asString(asObject(p.hometown)?.name);
  if (hometown) extra.hometown = hometown;
  const work = names(p.work_experiences, (o) => [asString(o.title), asString(o.employer)].filter(Boolean).join(' at '));
  if (work) extra.work = work;
  const education = names(p.education_experiences, (o) => asString(o.name));
  if (education) extra.education = education;
  if (username) extra.username = username;
  if (fullName) extra.fullName = fullName;
  const websites = names(p.websites, (o) => asString(o.address));
  if (websites) extra.websites = websites;
  const profileUri = asString(p.profile_uri);
  const registered = asNumber(p.registration_timestamp);
  const bio = asString(p.intro_bio) || asString(p.about_me) || asString(asObject(p.about_me)?.text) || null;
  return {
    platform: 'facebook',
    handle,
    displayName: fullName || null,
    bio,
    location: asString(asObject(p.current_city)?.name) || null,
    // Keep only links to Facebook itself (DESIGN.md: posts open only the platforms' own hosts).
    url: /^https:\/\/(?:www\.|m\.)?facebook\.com\//.test(profileUri) ? profileUri : username ? `https://www.facebook.com/${username}` : null,
    createdAt: registered && registered > 0 ? new Date(registered * 1000).toISOString() : null,
    extra,
  };
}
