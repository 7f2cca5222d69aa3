import type { EvidenceSpan, SubjectType } from '../../src/model';

export interface Segment {
  text: string;
  /** Evidence kinds covering this piece; empty for plain text. */
  kinds: string[];
}

/** Fields whose offsets point into FindingView.text (post text, or the bio for account findings). */
export function spansOverText(spans: readonly EvidenceSpan[], subjectType: SubjectType): EvidenceSpan[] {
  return spans.filter((s) => s.field === undefined || s.field === 'text' || (subjectType === 'account' && s.field === 'bio'));
}

/**
 * Cut `text` into plain and highlighted pieces. Spans may overlap, run past the end or be
 * malformed (a pass bug must not blank the post): they are clamped, and overlaps merge so
 * that each character is marked once, listing every kind that covers it.
 */
export function segments(text: string, spans: readonly EvidenceSpan[]): Segment[] {
  const n = text.length;
  const cuts = new Set<number>([0, n]);
  const valid = spans
    .map((s) => ({ start: Math.max(0, Math.min(n, Math.trunc(s.start))), end: Math.max(0, Math.min(n, Math.trunc(s.end))), kind: s.kind }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (b <= a) continue;
    const kinds = [...new Set(valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind))];
    const prev = out[out.length - 1];
    if (prev && prev.kinds.join() === kinds.join()) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), kinds });
  }
  return out;
}
