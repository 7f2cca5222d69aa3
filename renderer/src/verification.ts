/**
 * Lines the core writes into a decision's note when a newer archive still has the post
 * (src/remediation/verify.ts): "Still present in the archive of 2025-03-01." or "Still flagged
 * after the edit, in the archive of ...". The UI shows them as a state, apart from the doctor's own words.
 */
const BACKEND_LINE = /^(Still present in the archive of|Still flagged after the edit, in the archive of) .*$/;

/** The core's "still there" line of a note, or null. */
export function verificationNote(note: string): string | null {
  return note.split('\n').find((l) => BACKEND_LINE.test(l.trim()))?.trim() ?? null;
}

/** The doctor's own part of a note, without the core's lines. */
export function ownNote(note: string): string {
  return note
    .split('\n')
    .filter((l) => !BACKEND_LINE.test(l.trim()))
    .join('\n')
    .trim();
}
