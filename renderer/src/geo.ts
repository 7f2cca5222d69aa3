import type { EvidenceSpan } from '../../src/model';

export interface LatLon {
  lat: number;
  lon: number;
}

const PAIR = /(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)/;

function valid(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

/**
 * Coordinates a geotag finding carries. The pass may put them as numeric fields on a span
 * (lat/lon) or as text ("51.5072, -0.1276"); anything else means "no point to draw".
 */
export function coordinatesOf(evidence: readonly EvidenceSpan[], explanation = ''): LatLon | null {
  for (const span of evidence) {
    const s = span as EvidenceSpan & { lat?: unknown; lon?: unknown; lng?: unknown };
    const lat = Number(s.lat);
    const lon = Number(s.lon ?? s.lng);
    if (s.lat !== undefined && valid(lat, lon)) return { lat, lon };
  }
  const gpsFirst = [...evidence].sort((a, b) => Number(/gps|coord|exif|geo/i.test(b.kind)) - Number(/gps|coord|exif|geo/i.test(a.kind)));
  for (const span of gpsFirst) {
    if (!/gps|coord|exif|geo|lat|location/i.test(`${span.kind} ${span.field ?? ''}`)) continue;
    const m = PAIR.exec(span.text);
    if (m && m[1].includes('.') && valid(Number(m[1]), Number(m[2]))) return { lat: Number(m[1]), lon: Number(m[2]) };
  }
  const m = PAIR.exec(explanation);
  if (m && m[1].includes('.') && m[2].includes('.') && valid(Number(m[1]), Number(m[2]))) return { lat: Number(m[1]), lon: Number(m[2]) };
  return null;
}

export interface MapPoint extends LatLon {
  id: number;
  label: string;
}

export function formatLatLon(p: LatLon): string {
  const ns = p.lat >= 0 ? 'N' : 'S';
  const ew = p.lon >= 0 ? 'E' : 'W';
  return `${Math.abs(p.lat).toFixed(4)}° ${ns}, ${Math.abs(p.lon).toFixed(4)}° ${ew}`;
}
