/**
 * Narrowing helpers for untrusted Facebook JSON: every field may be missing or of another type in
 * some era, so readers ask for the shape they need and get null (or []) otherwise, never `as any`.
 */
export function asObject(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Numbers, or numeric strings (some exif_data fields arrive as strings). */
export function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** The items of a Facebook list file: a top-level array, or the first array value of a wrapper object ({"comments_v2": [...]}). */
export function listItems(json: unknown, keys: readonly string[]): unknown[] {
  if (Array.isArray(json)) return json;
  const o = asObject(json);
  if (!o) return [];
  for (const k of keys) if (Array.isArray(o[k])) return o[k] as unknown[];
  const firstArray = Object.values(o).find(Array.isArray);
  return (firstArray as unknown[] | undefined) ?? [];
}
