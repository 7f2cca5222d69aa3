/**
 * `geotag`: precise location left in the data (GMC 2013 para 8c: location can be embedded in
 * photographs and other content). Photos with EXIF GPS, Facebook's own photo location, tweet
 * coordinates and check-ins are exact points; a tweet "place" is a named area. A place named only
 * in the text is not a geotag, and 0,0 is a camera's "no fix", not a location.
 */
import type { EvidenceSpan, Finding, Geo, Media, Platform, Post, Severity, Settings } from '../model.js';
import { subjectKey } from '../model.js';
import { guidanceFor } from './guidance.js';
import { haversineKm, nearestTown } from './nearest-town.js';
import type { AnalysisPass, PassContext, PostInput } from './types.js';

export const GEOTAG_PASS_VERSION = 1;

/** Within this distance of home or work an exact point gives the place away. */
export const SENSITIVE_RADIUS_KM = 1;

function valid(lat: number | null | undefined, lon: number | null | undefined): boolean {
  return (
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0)
  );
}

function near(lat: number, lon: number, settings: Settings): { name: string; km: number } | null {
  let best: { name: string; km: number } | null = null;
  for (const p of settings.sensitivePlaces) {
    if (p.lat === null || p.lon === null || !valid(p.lat, p.lon)) continue;
    const km = haversineKm(lat, lon, p.lat, p.lon);
    if (km <= SENSITIVE_RADIUS_KM && (!best || km < best.km)) best = { name: p.name, km };
  }
  return best;
}

/** A sensitive place given only by name (no coordinates) matches a place name that contains it. */
function namedSensitive(placeName: string | null, settings: Settings): string | null {
  if (!placeName) return null;
  const lower = placeName.toLowerCase();
  for (const p of settings.sensitivePlaces) {
    const n = p.name.trim().toLowerCase();
    if (n.length >= 4 && lower.includes(n)) return p.name;
  }
  return null;
}

function fmt(n: number): string {
  return n.toFixed(5);
}

function describe(lat: number, lon: number): string {
  const t = nearestTown(lat, lon);
  if (!t) return `${fmt(lat)}, ${fmt(lon)}`;
  return t.km < 1 ? `in ${t.name} (${t.country})` : `about ${t.km < 10 ? t.km.toFixed(1) : Math.round(t.km)} km from ${t.name} (${t.country})`;
}

interface Point {
  lat: number | null;
  lon: number | null;
  placeName: string | null;
  exact: boolean;
  rule: string;
  field: string;
  what: string;
}

function finding(p: Point, subject: { type: 'post' | 'media'; platform: Platform; id: string }, ctx: PassContext): Finding {
  const { settings } = ctx;
  let severity: Severity = p.exact ? 'medium' : 'low';
  const evidence: EvidenceSpan[] = [];
  let where = p.placeName ? `"${p.placeName}"` : 'a named place';
  let sensitive: string | null = null;
  if (p.lat !== null && p.lon !== null && valid(p.lat, p.lon)) {
    where = describe(p.lat, p.lon) + (p.placeName ? ` ("${p.placeName}")` : '');
    const coords = `${fmt(p.lat)}, ${fmt(p.lon)}`;
    evidence.push({ start: 0, end: coords.length, kind: p.exact ? 'gps' : 'place-area', text: `${coords} ${where}`, field: p.field });
    // A city-sized area centred near home says little; only exact points count as "near".
    const hit = p.exact ? near(p.lat, p.lon, settings) : null;
    if (hit) sensitive = `${hit.name} (${hit.km < 0.1 ? 'under 100 m' : `${Math.round(hit.km * 1000)} m`} away)`;
  } else if (p.placeName) {
    evidence.push({ start: 0, end: p.placeName.length, kind: 'place-name', text: p.placeName, field: p.field });
  }
  const named = namedSensitive(p.placeName, settings);
  if (!sensitive && named) sensitive = named;
  if (sensitive) severity = 'high';
  const g = guidanceFor('geotag', settings.edition);
  const explanation =
    `${p.what} ${p.exact ? 'records exactly where it was' : 'is tagged with an area'}: ${where}` +
    (sensitive ? `, which is close to a place you marked as sensitive, ${sensitive}.` : '.');
  return {
    pass: 'geotag',
    rule: p.rule,
    severity,
    subjectType: subject.type,
    subjectKey: subjectKey(subject.type, subject.platform, subject.id),
    evidence,
    explanation,
    guidance: g.refs,
    passVersion: GEOTAG_PASS_VERSION,
  };
}

export function geotagPostFindings(input: PostInput, ctx: PassContext): Finding[] {
  const { post } = input;
  const geo: Geo | null = post.geo;
  if (!geo) return [];
  const hasPoint = valid(geo.lat, geo.lon);
  if (!hasPoint && !geo.placeName) return [];
  const checkIn = /check/i.test(geo.source);
  const exact = geo.precision === 'exact' && hasPoint;
  const p: Point = {
    lat: hasPoint ? geo.lat : null,
    lon: hasPoint ? geo.lon : null,
    placeName: geo.placeName,
    exact,
    rule: checkIn ? 'check-in' : exact ? 'post-coordinates' : 'post-place',
    field: `geo.${geo.source}`,
    what: checkIn ? 'This check-in' : 'This post',
  };
  return [finding(p, { type: 'post', platform: post.platform, id: post.nativeId }, ctx)];
}

export function geotagMediaFindings(media: Media, _post: Post | null, ctx: PassContext): Finding[] {
  const id = media.path ?? media.sourceUrl;
  if (!id) return [];
  const kind = media.type === 'video' ? 'This video' : 'This photo';
  // EXIF from the file's own bytes wins; Facebook's recorded location is the fallback.
  if (valid(media.gpsLat, media.gpsLon)) {
    const p: Point = { lat: media.gpsLat, lon: media.gpsLon, placeName: null, exact: true, rule: 'photo-gps', field: 'exif', what: kind };
    return [finding(p, { type: 'media', platform: media.platform, id }, ctx)];
  }
  const pg = media.platformGeo;
  if (pg && (valid(pg.lat, pg.lon) || pg.placeName)) {
    const hasPoint = valid(pg.lat, pg.lon);
    const p: Point = {
      lat: hasPoint ? pg.lat : null,
      lon: hasPoint ? pg.lon : null,
      placeName: pg.placeName,
      exact: hasPoint && pg.precision === 'exact',
      rule: 'photo-platform-location',
      field: `platformGeo.${pg.source}`,
      what: kind,
    };
    return [finding(p, { type: 'media', platform: media.platform, id }, ctx)];
  }
  return [];
}

export const geotagPass: AnalysisPass = {
  id: 'geotag',
  version: GEOTAG_PASS_VERSION,
  post: geotagPostFindings,
  media: geotagMediaFindings,
};
