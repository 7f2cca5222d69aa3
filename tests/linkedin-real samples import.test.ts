import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Post } from '../src/model.js';
import type { ImportRecord } from '../src/importers/types.js';
import { readArchive } from './generators/facebook.js';
import { linkedinSampleEntries } from './generators/linkedin.js';
import { writeFolder, writeZip } from './generators/zip.js';

const posts = (rs: ImportRecord[]): Post[] => rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));
const dir = mkdtempSync(join(tmpdir(), 'hindsight-li-real-'));

describe('the real linkedin-analyzer fixtures (LinkedIn quoting quirks)', () => {
  it('parity Shares.csv + Comments.csv: 3 shares, 3 comments, nothing skipped', async () => {
    const { detection, records } = await readArchive(await writeZip(join(dir, 'parity.zip'), linkedinSampleEntries('parity')));
    expect(detection.platform).toBe('linkedin');
    const ps = posts(records);
    expect(records.filter((r) => r.type === 'skipped')).toHaveLength(0);
    expect(ps.filter((p) => p.kind === 'post').map((p) => [p.nativeId, p.text, p.visibility])).toEqual([
      ['urn:li:share:1', 'He said "hi".\n\nNext "line" here.', 'connections'],
      ['urn:li:share:2', 'Smart “quotes” and naïve emoji 📌 stay intact.', 'connections'],
      // "NULL" is a placeholder, not text.
      ['urn:li:share:3', '', 'connections'],
    ]);
    // MediaUrl "N/A" is no media.
    expect(records.filter((r) => r.type === 'media')).toHaveLength(0);
    expect(ps.filter((p) => p.kind === 'comment').map((p) => [p.replyToId, p.text])).toEqual([
      ['urn:li:activity:1', 'She wrote "great post" yesterday.\n📌 Naïve “smart quotes” line.'],
      ['urn:li:activity:2', 'Plain text with "doubled" quotes'],
      ['urn:li:activity:3', 'NA'],
    ]);
  });

  it('e2e Shares.csv + Comments.csv (dates with " UTC"): 1 share, 1 comment', async () => {
    const folder = await writeFolder(join(dir, 'e2e'), linkedinSampleEntries('e2e'));
    const { records } = await readArchive(folder);
    const ps = posts(records);
    expect(ps.map((p) => [p.kind, p.nativeId.replace(/[0-9a-f]{20}$/, 'H'), p.createdAt, p.visibility])).toEqual([
      ['post', 'urn:li:activity:1', '2025-01-03T10:00:00.000Z', 'public'],
      ['comment', 'li-comment-H', '2025-01-04T11:30:00.000Z', 'unknown'],
    ]);
    const again = await readArchive(folder);
    expect(posts(again.records).map((p) => p.nativeId)).toEqual(ps.map((p) => p.nativeId));
  });
});
