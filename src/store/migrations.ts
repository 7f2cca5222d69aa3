import type Database from 'better-sqlite3';

/**
 * Schema migrations, keyed on SQLite's `user_version`. Each entry moves the workspace one version
 * forward inside a transaction; a workspace is never migrated backwards.
 * Reviews live apart from findings so that re-analysis and re-import never lose a decision.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the normalised model of DESIGN.md */ `
  CREATE TABLE archives (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    era TEXT NOT NULL,
    handle TEXT,
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    exported_at TEXT,
    posts INTEGER NOT NULL DEFAULT 0,
    media INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    skipped_detail TEXT NOT NULL DEFAULT '[]'
  );
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    display_name TEXT,
    bio TEXT,
    location TEXT,
    url TEXT,
    created_at TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (platform, handle)
  );
  CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    native_id TEXT NOT NULL,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT,
    reply_to_id TEXT,
    reply_to_handle TEXT,
    quote_of_url TEXT,
    visibility TEXT NOT NULL,
    url TEXT,
    geo TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    raw TEXT NOT NULL,
    first_archive_id INTEGER NOT NULL REFERENCES archives(id),
    last_archive_id INTEGER NOT NULL REFERENCES archives(id),
    subject_key TEXT GENERATED ALWAYS AS ('post:' || platform || ':' || native_id) STORED,
    UNIQUE (platform, native_id)
  );
  CREATE INDEX posts_created ON posts(created_at);
  CREATE INDEX posts_subject ON posts(subject_key);
  CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    media_key TEXT NOT NULL,
    post_native_id TEXT,
    path TEXT,
    source_url TEXT,
    type TEXT NOT NULL,
    size INTEGER,
    alt_text TEXT,
    gps_lat REAL,
    gps_lon REAL,
    taken_at TEXT,
    camera_make TEXT,
    camera_model TEXT,
    orientation INTEGER,
    unreadable INTEGER NOT NULL DEFAULT 0,
    platform_geo TEXT,
    archive_id INTEGER NOT NULL REFERENCES archives(id),
    subject_key TEXT GENERATED ALWAYS AS ('media:' || platform || ':' || coalesce(path, source_url, media_key)) STORED,
    UNIQUE (platform, media_key)
  );
  CREATE INDEX media_post ON media(platform, post_native_id);
  CREATE INDEX media_subject ON media(subject_key);
  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    pass TEXT NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    evidence TEXT NOT NULL,
    explanation TEXT NOT NULL,
    guidance TEXT NOT NULL,
    pass_version INTEGER NOT NULL
  );
  CREATE INDEX findings_subject ON findings(subject_key);
  CREATE TABLE reviews (
    subject_key TEXT NOT NULL,
    pass TEXT NOT NULL,
    rule TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    decided_at TEXT,
    verified_at TEXT,
    PRIMARY KEY (subject_key, pass, rule)
  );
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE pass_versions (pass TEXT PRIMARY KEY, version INTEGER NOT NULL);
  CREATE VIRTUAL TABLE posts_fts USING fts5(text, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  -- New posts are indexed in one batch at the end of each import (indexFrom), which is an order
  -- of magnitude faster than a per-row trigger; edits and deletes keep the index in step here.
  CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  CREATE TRIGGER posts_au AFTER UPDATE OF text ON posts WHEN old.text IS NOT new.text BEGIN
    INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
  END;
  `,
  /* 2: source entries kept once per archive, so a post's raw record can be a pointer into one */ `
  CREATE TABLE source_entries (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES archives(id),
    path TEXT NOT NULL,
    encoding TEXT NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (archive_id, path)
  );
  ALTER TABLE posts ADD COLUMN raw_entry INTEGER REFERENCES source_entries(id);
  ALTER TABLE posts ADD COLUMN raw_index INTEGER;
  ALTER TABLE posts ADD COLUMN raw_item_key TEXT;
  `,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`workspace schema ${current} is newer than this Hindsight (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
