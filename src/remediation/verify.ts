import type Database from 'better-sqlite3';
import type { ArchiveInfo, ReviewStatus } from '../model.js';

export interface VerificationSummary {
  /** Marked remove (or edit) and gone from the newer archive, or listed there as deleted. */
  verifiedRemoved: number;
  /** Marked remove and still in the newer archive: back in the queue. */
  stillPresent: number;
  /** Marked edit and no longer flagged after re-analysis. */
  editsDone: number;
  /** Marked edit and still flagged by the same pass and rule: back in the queue. */
  editsStillFlagged: number;
}

interface Candidate {
  subject_key: string;
  pass: string;
  rule: string;
  status: ReviewStatus;
  note: string;
  decided_at: string | null;
  /** 1 when the subject is in the new archive and not listed there as deleted. */
  present: number;
}

/** An archive's own date: the export date the archive states, else when it was imported. */
export function archiveDate(a: Pick<ArchiveInfo, 'exportedAt' | 'importedAt'>): string {
  return a.exportedAt ?? a.importedAt;
}

/** Lines Hindsight adds to a note; replaced, not stacked, when the next archive is checked. */
const OWN_NOTE = /^(Still present in the archive of|Still flagged after the edit, in the archive of) .*$/;

function withLine(note: string, line: string): string {
  const kept = note.split('\n').filter((l) => !OWN_NOTE.test(l) && l.trim() !== '');
  return [...kept, line].join('\n');
}

/**
 * After a newer archive of an account is imported (and analysed), check every decision on that
 * account's posts, photos and profile:
 * - remove: gone from the new archive or listed there as deleted -> verified-removed (verified_at =
 *   the archive's date); still there -> open again with a note saying so.
 * - edit: gone -> verified-removed; still flagged by the same pass and rule -> open with a note;
 *   otherwise done.
 * Only archives of the same account (platform + handle) affect each other, and only an archive newer
 * than every other of that account counts: importing an old archive late proves nothing.
 */
export function verifyAfterImport(db: Database.Database, archive: ArchiveInfo): VerificationSummary {
  const summary: VerificationSummary = { verifiedRemoved: 0, stillPresent: 0, editsDone: 0, editsStillFlagged: 0 };
  if (!archive.handle) return summary;
  const siblings = db
    .prepare(
      `SELECT id, coalesce(exported_at, imported_at) AS date FROM archives
       WHERE platform = ? AND lower(handle) = lower(?) AND id <> ?`,
    )
    .all(archive.platform, archive.handle, archive.id) as { id: number; date: string }[];
  if (siblings.length === 0) return summary;
  const date = archiveDate(archive);
  if (siblings.some((s) => s.date >= date)) return summary;
  const accountArchives = JSON.stringify([archive.id, ...siblings.map((s) => s.id)]);

  // Posts of this account: seen first or last in one of its archives.
  const posts = db
    .prepare(
      `SELECT r.subject_key, r.pass, r.rule, r.status, r.note, r.decided_at,
              (p.last_archive_id = @id AND p.deleted = 0) AS present
       FROM reviews r JOIN posts p ON p.subject_key = r.subject_key
       WHERE r.status IN ('remove', 'edit') AND p.platform = @platform
         AND (p.first_archive_id IN (SELECT value FROM json_each(@ids)) OR p.last_archive_id IN (SELECT value FROM json_each(@ids)))`,
    )
    .all({ id: archive.id, platform: archive.platform, ids: accountArchives }) as Candidate[];

  // Media carry the archive they were last seen in; a photo of a post listed as deleted is gone too.
  const media = db
    .prepare(
      `SELECT r.subject_key, r.pass, r.rule, r.status, r.note, r.decided_at,
              (m.archive_id = @id AND coalesce(mp.deleted, 0) = 0) AS present
       FROM reviews r JOIN media m ON m.subject_key = r.subject_key
       LEFT JOIN posts mp ON mp.platform = m.platform AND mp.native_id = m.post_native_id
       WHERE r.status IN ('remove', 'edit') AND m.platform = @platform
         AND m.archive_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ id: archive.id, platform: archive.platform, ids: accountArchives }) as Candidate[];

  // The profile itself (anonymity): "edit" means the doctor changed the profile; re-analysis judges it.
  const account = db
    .prepare(
      `SELECT subject_key, pass, rule, status, note, decided_at, 1 AS present FROM reviews
       WHERE status = 'edit' AND lower(subject_key) = lower(?)`,
    )
    .all(`account:${archive.platform}:${archive.handle}`) as Candidate[];

  const stillFlagged = db.prepare('SELECT 1 FROM findings WHERE subject_key = ? AND pass = ? AND rule = ? LIMIT 1');
  const update = db.prepare('UPDATE reviews SET status = ?, note = ?, verified_at = ? WHERE subject_key = ? AND pass = ? AND rule = ?');
  const day = date.slice(0, 10);

  db.transaction(() => {
    for (const c of [...posts, ...media, ...account]) {
      const set = (status: ReviewStatus, note: string, verifiedAt: string | null): void => {
        update.run(status, note, verifiedAt, c.subject_key, c.pass, c.rule);
      };
      if (!c.present) {
        set('verified-removed', c.note, date);
        summary.verifiedRemoved++;
        continue;
      }
      // An archive the platform generated before the doctor decided naturally still holds the post.
      if (archive.exportedAt && c.decided_at && c.decided_at > archive.exportedAt) continue;
      if (c.status === 'remove') {
        set('open', withLine(c.note, `Still present in the archive of ${day}.`), null);
        summary.stillPresent++;
      } else if (stillFlagged.get(c.subject_key, c.pass, c.rule)) {
        set('open', withLine(c.note, `Still flagged after the edit, in the archive of ${day}.`), null);
        summary.editsStillFlagged++;
      } else {
        set('done', c.note, date);
        summary.editsDone++;
      }
    }
  })();
  return summary;
}

/** When each decision was verified, keyed `subjectKey|pass|rule`, for the reports. */
export function verificationDates(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT subject_key, pass, rule, verified_at FROM reviews WHERE verified_at IS NOT NULL').all() as {
    subject_key: string;
    pass: string;
    rule: string;
    verified_at: string;
  }[];
  return new Map(rows.map((r) => [`${r.subject_key}|${r.pass}|${r.rule}`, r.verified_at]));
}
