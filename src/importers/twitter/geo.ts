import type { Geo } from '../../model.js';
import { arr, at, num, str } from './json.js';

function valid(lat: number | null, lon: number | null): lat is number {
  return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

/** Centre of a place's bounding box (API form: Polygon, coordinates[0] = [[lon, lat], ...]). */
function boxCentre(place: unknown): { lat: number; lon: number } | null {
  const ring = arr(arr(at(place, 'bounding_box', 'coordinates'))[0]);
  const pts = ring.map((p) => ({ lon: num(arr(p)[0]), lat: num(arr(p)[1]) })).filter((p) => valid(p.lat, p.lon));
  if (pts.length === 0) return null;
  const lats = pts.map((p) => p.lat!);
  const lons = pts.map((p) => p.lon!);
  return { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: (Math.min(...lons) + Math.max(...lons)) / 2 };
}

/**
 * Where a tweet says it was posted. `coordinates` is GeoJSON [lon, lat] and `geo` the older
 * [lat, lon]; the late-2022 export writes both as strings (smithjd sample), the legacy Grailbird
 * files write `geo: {}` when there is none. Exact coordinates win over a named `place`.
 */
export function tweetGeo(tweet: unknown): Geo | null {
  const place = at(tweet, 'place');
  const placeName = str(at(place, 'full_name')) ?? str(at(place, 'name'));
  const c = arr(at(tweet, 'coordinates', 'coordinates'));
  let lon = num(c[0]);
  let lat = num(c[1]);
  if (!valid(lat, lon)) {
    const g = arr(at(tweet, 'geo', 'coordinates'));
    lat = num(g[0]);
    lon = num(g[1]);
  }
  if (valid(lat, lon)) return { lat, lon, placeName, precision: 'exact', source: 'coordinates' };
  if (placeName || boxCentre(place)) {
    const centre = boxCentre(place);
    return { lat: centre?.lat ?? null, lon: centre?.lon ?? null, placeName, precision: 'place', source: 'place' };
  }
  return null;
}
