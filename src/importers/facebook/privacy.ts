/**
 * Facebook 2020+ exports put `upload_ip` (the IPv4/IPv6 address the photo was uploaded from) in
 * every photo's and video's `exif_data`. Hindsight never needs it and must not keep it, so it is
 * removed from the source record before anything stores the record as `raw`.
 */
const DROPPED_KEYS = new Set(['upload_ip']);

export function dropSensitiveKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropSensitiveKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!DROPPED_KEYS.has(k)) out[k] = dropSensitiveKeys(v);
    return out;
  }
  return value;
}
