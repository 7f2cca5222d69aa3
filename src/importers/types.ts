import type { Account, Media, Platform, Post } from '../model.js';
import type { ArchiveSource, EntryInfo, StoredEntry } from './source.js';

/** What the detector found: which platform and export era an archive is. */
export interface Detection {
  platform: Platform;
  /** Export era / layout id, e.g. "legacy-2012-2018", "ytd-2022", "json-2024". */
  era: string;
  /** Human label, e.g. "X/Twitter archive (2022+ layout)". */
  label: string;
  /** Path prefix of the lone top-level folder the archive holds, "" when none. */
  root: string;
}

/** What an importer yields, record by record. The store persists them in one transaction. */
export type ImportRecord =
  | { type: 'account'; account: Account }
  | { type: 'post'; post: Post }
  | { type: 'media'; media: Media }
  /** A data file kept whole in the workspace; posts that follow can point into it (`Post.rawSource`). */
  | { type: 'sourceEntry'; path: string; stored: StoredEntry }
  /** An export's own export date (X manifest generationDate), UTC ISO. */
  | { type: 'exportedAt'; date: string }
  /** A record that could not be parsed: counted and reported, never silently dropped. */
  | { type: 'skipped'; file: string; id: string | null; reason: string };

export interface ImportContext {
  signal?: AbortSignal;
  /** Called after each entry is read (the importer reports the entries it reads). */
  onEntry(path: string, bytes: number): void;
}

/** One platform's importer (one folder under src/importers/, one line in registry.ts). */
export interface Importer {
  platform: Platform;
  /** Recognise this platform's archives from entry names alone; null when not ours. */
  detect(entries: readonly EntryInfo[]): Detection | null;
  /** Read the entries it needs and yield normalised records. Throws UserError on bad input. */
  read(source: ArchiveSource, detection: Detection, ctx: ImportContext): AsyncIterable<ImportRecord>;
}
