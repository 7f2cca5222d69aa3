/**
 * Narrowing helpers for untrusted export JSON. X exports write numbers as strings in the 2019+
 * archive and as numbers in the legacy Grailbird files, so readers accept both where a value is
 * an id, a count or a coordinate.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, or a finite number written as a string (ids, counts); else null. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A number written as a number or a numeric string ("45.52848497"); else null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Walk a path of keys through nested objects: at(tweet, 'entities', 'urls'). */
export function at(value: unknown, ...keys: string[]): unknown {
  let cur: unknown = value;
  for (const k of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}
