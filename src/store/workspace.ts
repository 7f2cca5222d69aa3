import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Account, ArchiveInfo, Finding, Media, Platform, Post, Review, ReviewStatus, Settings } from '../model.js';
import { DEFAULT_SETTINGS } from '../model.js';
import type { StoredEntry } from '../importers/source.js';
import { migrate } from './migrations.js';
import { accountFromRow, mediaFromRow, mediaKey, postFromRow, type AccountRow, type MediaRow, type PostRow } from './rows.js';

export interface OpenOptions {
  /** Path of a better-sqlite3 binary built for another runtime (Electron keeps its own build apart). */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface NewArchive {
  platform: Platform;
  era: string;
  fileName: string;
  contentHash: string;
}

export interface SkippedRecord {
  file: string;
  id: string | null;
  reason: string;
}

/**
 * Writes one archive's records. Everything happens inside one transaction that `commit()` ends;
 * `rollback()` (on error or cancel) leaves the workspace exactly as it was.
 */
export interface ImportWriter {
  readonly archiveId: number;
  account(a: Account): void;
  post(p: Post): void;
  media(m: Media): void;
  /** Keep a data file whole; later posts whose `rawSource` names it store a pointer, not a copy. */
  sourceEntry(path: string, stored: StoredEntry): void;
  exportedAt(date: string): void;
  skipped(s: SkippedRecord): void;
  readonly counts: { posts: number; media: number; deleted: number; skipped: number };
  commit(handle: string | null): ArchiveInfo;
  rollback(): void;
}

export interface ArchiveRow {
  id: number;
  platform: Platform;
  era: string;
  handle: string | null;
  file_name: string;
  content_hash: string;
  imported_at: string;
  exported_at: string | null;
  posts: number;
  media: number;
  deleted: number;
  skipped: number;
  skipped_detail: string;
}

export function archiveFromRow(r: ArchiveRow): ArchiveInfo {
  return {
    id: r.id,
    platform: r.platform,
    era: r.era,
    handle: r.handle,
    fileName: r.file_name,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
    exportedAt: r.exported_at,
    counts: { posts: r.posts, media: r.media, deleted: r.deleted, skipped: r.skipped },
  };
}

export type Workspace = ReturnType<typeof openWorkspace>;

/** How long the workspace must be idle after a large write before the WAL is copied into the database file. */
const CHECKPOINT_IDLE_MS = 1000;

/**
 * SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so a large import
 * would also pay for copying every page it wrote into the database file (and its fsync) before
 * returning. Checkpoints run instead once the workspace has been idle for a moment, and always at
 * close; the data is committed either way, and readers see it from the WAL meanwhile.
 */
class IdleCheckpoint {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database.Database) {
    db.pragma('wal_autocheckpoint = 0');
  }

  afterWrite(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), CHECKPOINT_IDLE_MS);
    // A pending checkpoint never keeps the process (CLI, tests) alive; close() checkpoints anyway.
    this.timer.unref();
  }

  run(): void {
    this.timer = null;
    if (!this.db.open || this.db.inTransaction) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy (a reader holds a snapshot): the next write schedules another, and close() checkpoints.
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

interface SourceOfPostRow {
  raw: string;
  raw_index: number | null;
  raw_item_key: string | null;
  entry_id: number | null;
  encoding: string | null;
  data: Buffer | null;
}

/** A post's stored source record: its own JSON text, or element `index` of a kept data file. */
export type PostSource =
  | { kind: 'json'; json: string }
  | { kind: 'entry'; entryId: number; stored: StoredEntry; index: number; itemKey: string | null };

/** Open (creating and migrating) a workspace file. WAL so readers never block the importer. */
export function openWorkspace(path: string, options: OpenOptions = {}) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // A big page cache keeps a large import from spilling uncommitted pages early.
  db.pragma('cache_size = -65536');
  migrate(db);
  const checkpoints = options.readonly ? null : new IdleCheckpoint(db);

  const stmt = {
    archiveByHash: db.prepare<[string], ArchiveRow>('SELECT * FROM archives WHERE content_hash = ?'),
    insertArchive: db.prepare(
      `INSERT INTO archives (platform, era, file_name, content_hash, imported_at) VALUES (@platform, @era, @fileName, @contentHash, @importedAt)`,
    ),
    finishArchive: db.prepare(
      `UPDATE archives SET handle=@handle, exported_at=@exportedAt, posts=@posts, media=@media, deleted=@deleted, skipped=@skipped, skipped_detail=@skippedDetail WHERE id=@id`,
    ),
    upsertAccount: db.prepare(
      `INSERT INTO accounts (platform, handle, display_name, bio, location, url, created_at, extra)
       VALUES (@platform, @handle, @displayName, @bio, @location, @url, @createdAt, @extra)
       ON CONFLICT (platform, handle) DO UPDATE SET
         display_name = coalesce(excluded.display_name, display_name), bio = coalesce(excluded.bio, bio),
         location = coalesce(excluded.location, location), url = coalesce(excluded.url, url),
         created_at = coalesce(excluded.created_at, created_at), extra = excluded.extra`,
    ),
    // Positional parameters (here and for media): binding named ones from an object costs
    // better-sqlite3 about as much again per row, and a large archive inserts tens of thousands.
    upsertPost: db.prepare(
      `INSERT INTO posts (platform, native_id, account, kind, created_at, text, language, reply_to_id, reply_to_handle,
         quote_of_url, visibility, url, geo, deleted, raw, raw_entry, raw_index, raw_item_key, first_archive_id, last_archive_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, native_id) DO UPDATE SET
         kind = excluded.kind, text = excluded.text, language = excluded.language, visibility = excluded.visibility,
         url = coalesce(excluded.url, url), geo = coalesce(excluded.geo, geo),
         deleted = max(deleted, excluded.deleted), raw = excluded.raw, raw_entry = excluded.raw_entry,
         raw_index = excluded.raw_index, raw_item_key = excluded.raw_item_key, last_archive_id = excluded.last_archive_id`,
    ),
    insertSourceEntry: db.prepare<[number, string, string, Buffer]>(
      'INSERT INTO source_entries (archive_id, path, encoding, data) VALUES (?, ?, ?, ?)',
    ),
    sourceOfPost: db.prepare<[Platform, string], SourceOfPostRow>(
      `SELECT p.raw, p.raw_index, p.raw_item_key, s.id AS entry_id, s.encoding, s.data FROM posts p
         LEFT JOIN source_entries s ON s.id = p.raw_entry WHERE p.platform = ? AND p.native_id = ?`,
    ),
    upsertMedia: db.prepare(
      `INSERT INTO media (platform, media_key, post_native_id, path, source_url, type, size, alt_text, gps_lat, gps_lon,
         taken_at, camera_make, camera_model, orientation, unreadable, platform_geo, archive_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, media_key) DO UPDATE SET
         path = coalesce(excluded.path, path), source_url = coalesce(excluded.source_url, source_url),
         size = coalesce(excluded.size, size), gps_lat = coalesce(excluded.gps_lat, gps_lat),
         gps_lon = coalesce(excluded.gps_lon, gps_lon), taken_at = coalesce(excluded.taken_at, taken_at),
         camera_make = coalesce(excluded.camera_make, camera_make), camera_model = coalesce(excluded.camera_model, camera_model),
         orientation = coalesce(excluded.orientation, orientation), unreadable = excluded.unreadable,
         platform_geo = coalesce(excluded.platform_geo, platform_geo), archive_id = excluded.archive_id`,
    ),
  };

  function beginImport(archive: NewArchive): ImportWriter {
    db.exec('BEGIN IMMEDIATE');
    let archiveId: number;
    try {
      archiveId = Number(stmt.insertArchive.run({ ...archive, importedAt: new Date().toISOString() }).lastInsertRowid);
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
    const counts = { posts: 0, media: 0, deleted: 0, skipped: 0 };
    // Posts that get a rowid above this one are new in this import and go into the index in one batch.
    const lastPostId = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM posts').get() as { n: number }).n;
    const skipped: SkippedRecord[] = [];
    const sourceEntries = new Map<string, number>();
    let exportedAt: string | null = null;
    let open = true;
    return {
      archiveId,
      counts,
      account(a) {
        stmt.upsertAccount.run({ ...a, extra: JSON.stringify(a.extra ?? {}) });
      },
      sourceEntry(path, stored) {
        sourceEntries.set(path, Number(stmt.insertSourceEntry.run(archiveId, path, stored.encoding, stored.data).lastInsertRowid));
      },
      post(p) {
        const entryId = p.rawSource ? sourceEntries.get(p.rawSource.entry) : undefined;
        const pointer = entryId !== undefined ? p.rawSource! : null;
        stmt.upsertPost.run(
          p.platform,
          p.nativeId,
          p.account,
          p.kind,
          p.createdAt,
          p.text,
          p.language,
          p.replyToId,
          p.replyToHandle,
          p.quoteOfUrl,
          p.visibility,
          p.url,
          p.geo ? JSON.stringify(p.geo) : null,
          p.deleted ? 1 : 0,
          pointer ? 'null' : JSON.stringify(p.raw ?? null),
          pointer ? entryId : null,
          pointer ? pointer.index : null,
          pointer ? pointer.itemKey : null,
          archiveId,
          archiveId,
        );
        counts.posts++;
        if (p.deleted) counts.deleted++;
      },
      media(m) {
        stmt.upsertMedia.run(
          m.platform,
          mediaKey(m),
          m.postNativeId,
          m.path,
          m.sourceUrl,
          m.type,
          m.size,
          m.altText,
          m.gpsLat,
          m.gpsLon,
          m.takenAt,
          m.cameraMake,
          m.cameraModel,
          m.orientation,
          m.unreadable ? 1 : 0,
          m.platformGeo ? JSON.stringify(m.platformGeo) : null,
          archiveId,
        );
        counts.media++;
      },
      exportedAt(date) {
        exportedAt = date;
      },
      skipped(s) {
        counts.skipped++;
        // Keep the first few for the report; the count says how many in all.
        if (skipped.length < 20) skipped.push(s);
      },
      commit(handle) {
        db.prepare('INSERT INTO posts_fts(rowid, text) SELECT id, text FROM posts WHERE id > ?').run(lastPostId);
        stmt.finishArchive.run({ id: archiveId, handle, exportedAt, ...counts, skippedDetail: JSON.stringify(skipped) });
        db.exec('COMMIT');
        open = false;
        checkpoints?.afterWrite();
        return archiveFromRow(db.prepare<[number], ArchiveRow>('SELECT * FROM archives WHERE id = ?').get(archiveId)!);
      },
      rollback() {
        if (open && db.inTransaction) db.exec('ROLLBACK');
        open = false;
      },
    };
  }

  return {
    db,
    path,
    archiveByHash(hash: string): ArchiveInfo | null {
      const row = stmt.archiveByHash.get(hash);
      return row ? archiveFromRow(row) : null;
    },
    beginImport,
    listArchives(): (ArchiveInfo & { skippedDetail: SkippedRecord[] })[] {
      return db
        .prepare<[], ArchiveRow>('SELECT * FROM archives ORDER BY imported_at, id')
        .all()
        .map((r) => ({ ...archiveFromRow(r), skippedDetail: JSON.parse(r.skipped_detail) as SkippedRecord[] }));
    },
    listAccounts(): Account[] {
      return db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY platform, handle').all().map(accountFromRow);
    },
    countPosts(): number {
      return (db.prepare('SELECT count(*) AS n FROM posts').get() as { n: number }).n;
    },
    /** Every post with its media, streamed in id order (bounded memory). */
    *iteratePostsWithMedia(): Generator<{ post: Post; media: Media[] }> {
      const mediaRows = db.prepare<[Platform, string], MediaRow>('SELECT * FROM media WHERE platform = ? AND post_native_id = ?');
      // Read in pages so the statement is not held open across caller work.
      let last = 0;
      const page = db.prepare<[number], PostRow>('SELECT * FROM posts WHERE id > ? ORDER BY id LIMIT 2000');
      for (;;) {
        const rows = page.all(last);
        if (rows.length === 0) return;
        for (const r of rows) {
          yield { post: postFromRow(r), media: mediaRows.all(r.platform, r.native_id).map(mediaFromRow) };
        }
        last = rows[rows.length - 1]!.id;
      }
    },
    /** Where a post's source record is: its own JSON, or an element of a kept data file. Null when there is no such post. */
    sourceOfPost(platform: Platform, nativeId: string): PostSource | null {
      const r = stmt.sourceOfPost.get(platform, nativeId);
      if (!r) return null;
      if (r.entry_id === null || r.raw_index === null) return { kind: 'json', json: r.raw };
      return { kind: 'entry', entryId: r.entry_id, stored: { encoding: r.encoding as StoredEntry['encoding'], data: r.data! }, index: r.raw_index, itemKey: r.raw_item_key };
    },
    looseMedia(): Media[] {
      return db
        .prepare<[], MediaRow>(
          `SELECT m.* FROM media m WHERE m.post_native_id IS NULL
             OR NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = m.platform AND p.native_id = m.post_native_id)`,
        )
        .all()
        .map(mediaFromRow);
    },
    /** Replace every finding (analysis is recomputed whole); reviews are untouched. */
    replaceFindings(findings: Finding[], passVersions: Record<string, number>): void {
      const insert = db.prepare(
        `INSERT INTO findings (pass, rule, severity, subject_type, subject_key, evidence, explanation, guidance, pass_version)
         VALUES (@pass, @rule, @severity, @subjectType, @subjectKey, @evidence, @explanation, @guidance, @passVersion)`,
      );
      const setVersion = db.prepare('INSERT OR REPLACE INTO pass_versions (pass, version) VALUES (?, ?)');
      db.transaction(() => {
        db.exec('DELETE FROM findings');
        for (const f of findings) {
          insert.run({ ...f, evidence: JSON.stringify(f.evidence), guidance: JSON.stringify(f.guidance) });
        }
        for (const [pass, version] of Object.entries(passVersions)) setVersion.run(pass, version);
      })();
      checkpoints?.afterWrite();
    },
    passVersions(): Record<string, number> {
      const rows = db.prepare('SELECT pass, version FROM pass_versions').all() as { pass: string; version: number }[];
      return Object.fromEntries(rows.map((r) => [r.pass, r.version]));
    },
    getSettings(): Settings {
      const row = db.prepare("SELECT value FROM settings WHERE key = 'settings'").get() as { value: string } | undefined;
      return { ...DEFAULT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<Settings>) : {}) };
    },
    setSettings(s: Settings): void {
      db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('settings', ?)").run(JSON.stringify(s));
    },
    getReview(subjectKey: string, pass: string, rule: string): Review | null {
      const r = db
        .prepare('SELECT * FROM reviews WHERE subject_key = ? AND pass = ? AND rule = ?')
        .get(subjectKey, pass, rule) as
        | { subject_key: string; pass: string; rule: string; status: ReviewStatus; note: string; decided_at: string | null }
        | undefined;
      return r ? { subjectKey: r.subject_key, pass: r.pass, rule: r.rule, status: r.status, note: r.note, decidedAt: r.decided_at } : null;
    },
    setReview(review: Omit<Review, 'decidedAt'>): Review {
      const decidedAt = new Date().toISOString();
      db.prepare(
        `INSERT INTO reviews (subject_key, pass, rule, status, note, decided_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (subject_key, pass, rule) DO UPDATE SET status = excluded.status, note = excluded.note, decided_at = excluded.decided_at,
           verified_at = NULL`,
      ).run(review.subjectKey, review.pass, review.rule, review.status, review.note, decidedAt);
      return { ...review, decidedAt };
    },
    close(): void {
      checkpoints?.cancel();
      if (db.open) db.close();
    },
  };
}
