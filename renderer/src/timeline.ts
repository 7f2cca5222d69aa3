import type { TimelinePoint } from '../../src/api';

export interface TimelineBucket {
  label: string;
  /** null when the bridge cannot count posts per period. */
  posts: number | null;
  findings: number;
}

export interface Timeline {
  unit: 'month' | 'year';
  buckets: TimelineBucket[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Up to this many months the chart shows months; a longer history is drawn per year. */
export const MAX_MONTHS = 36;

/**
 * The core's posts-and-findings per month ("YYYY-MM"), as bars: every month (or year) from the
 * first to the last, empty ones included, so quiet stretches show as gaps rather than vanish.
 */
export function timelineBuckets(points: readonly TimelinePoint[], maxMonths = MAX_MONTHS): Timeline {
  const valid = points.filter((p) => /^\d{4}-(0[1-9]|1[0-2])$/.test(p.period));
  if (valid.length === 0) return { unit: 'month', buckets: [] };
  const index = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  const months = valid.map((p) => index(p.period));
  const first = Math.min(...months);
  const last = Math.max(...months);
  if (last - first + 1 <= maxMonths) {
    const byMonth = new Map(valid.map((p) => [index(p.period), p]));
    const buckets: TimelineBucket[] = [];
    for (let m = first; m <= last; m++) {
      const p = byMonth.get(m);
      buckets.push({ label: `${MONTHS[m % 12]} ${Math.floor(m / 12)}`, posts: p?.posts ?? 0, findings: p?.findings ?? 0 });
    }
    return { unit: 'month', buckets };
  }
  const years = new Map<number, TimelineBucket>();
  for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) years.set(y, { label: String(y), posts: 0, findings: 0 });
  for (const p of valid) {
    const b = years.get(Number(p.period.slice(0, 4)))!;
    b.posts = (b.posts ?? 0) + p.posts;
    b.findings += p.findings;
  }
  return { unit: 'year', buckets: [...years.values()] };
}
