/**
 * Limits that refuse decompression bombs (DESIGN.md invariant 3) while letting through the
 * largest real exports (an X archive with years of video can pass 20 GB uncompressed).
 */
export interface ArchiveLimits {
  /** Total uncompressed bytes an archive may declare. */
  maxTotalBytes: number;
  /** Largest compression ratio allowed for an entry bigger than `ratioMinBytes`. */
  maxRatio: number;
  ratioMinBytes: number;
  /** Most entries an archive may list. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxTotalBytes: 64 * 1024 ** 3,
  // Real JSON/CSV compress 5-20x; a run of zeros compresses over 1000x.
  maxRatio: 200,
  ratioMinBytes: 1024 ** 2,
  maxEntries: 2_000_000,
};
