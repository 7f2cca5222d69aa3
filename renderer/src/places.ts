import type { Settings } from '../../src/model';

/** One place per line: "St Mary's Hospital" or "St Mary's Hospital, 51.517, -0.174". */
export function parsePlaces(text: string): Settings['sensitivePlaces'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?),\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(line);
      if (m && Math.abs(Number(m[2])) <= 90 && Math.abs(Number(m[3])) <= 180) return { name: m[1].trim(), lat: Number(m[2]), lon: Number(m[3]) };
      return { name: line, lat: null, lon: null };
    });
}
