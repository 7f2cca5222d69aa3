import type { EvidenceSpan } from '../model.js';

/** Every match of a global regex in `text` as evidence spans of one kind. */
export function spansOf(re: RegExp, text: string, kind: string, field = 'text', limit = 8): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0], field });
    if (out.length >= limit) break;
  }
  re.lastIndex = 0;
  return out;
}

/** True when the global regex matches anywhere (resets lastIndex so shared regexes stay reusable). */
export function hits(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/**
 * Sort spans by position and drop a span wholly inside an earlier one of the same field and kind, so the
 * UI highlights each word once (the first kind found wins: triggers are added before identifiers).
 */
export function tidySpans(spans: EvidenceSpan[]): EvidenceSpan[] {
  const sorted = spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.field ?? '').localeCompare(b.s.field ?? '') || a.s.start - b.s.start || b.s.end - a.s.end || a.i - b.i)
    .map((x) => x.s);
  const out: EvidenceSpan[] = [];
  for (const s of sorted) {
    if (out.some((o) => o.field === s.field && o.kind === s.kind && s.start >= o.start && s.end <= o.end)) continue;
    out.push(s);
  }
  return out;
}
