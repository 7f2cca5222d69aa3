import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHindsight, type Hindsight } from '../src/service.js';
import { facebookEntries, facebookHtmlEntries, facebookJson, readArchive } from './generators/facebook.js';
import { writeFolder, writeZip } from './generators/zip.js';

let dir: string;
let hs: Hindsight;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-fb-bad-'));
  hs = createHindsight({ dbPath: join(dir, 'workspace.db') });
});
afterAll(() => hs.close());

describe('Facebook exports Hindsight cannot read', () => {
  it('an HTML-format export is answered with one sentence asking for the JSON format', async () => {
    const zip = await writeZip(join(dir, 'facebook-html.zip'), facebookHtmlEntries());
    const result = await hs.importArchive(zip);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^facebook-html\.zip is a Facebook export in HTML format.*"Download your information".*JSON\.$/);
    expect(result.error).not.toMatch(/\n/);
    const folder = await writeFolder(join(dir, 'facebook-html'), facebookHtmlEntries());
    await expect(readArchive(folder)).rejects.toThrow(/HTML format/);
  });

  it('malformed JSON is refused with a sentence naming the file, and nothing is stored', async () => {
    const entries = facebookEntries('json-2024').map((e) =>
      e.path.endsWith('your_posts__check_ins__photos_and_videos_2.json') ? { ...e, data: (e.data as string).slice(0, 200) } : e,
    );
    const zip = await writeZip(join(dir, 'facebook-truncated-json.zip'), entries);
    const result = await hs.importArchive(zip);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/your_facebook_activity\/posts\/your_posts__check_ins__photos_and_videos_2\.json in facebook-truncated-json\.zip is not valid JSON/);
    expect(hs.workspace.db.prepare('SELECT count(*) AS n FROM posts').get()).toEqual({ n: 0 });
  });

  it('a good export imports through the service with its counts', async () => {
    const zip = await writeZip(join(dir, 'facebook-2024.zip'), facebookEntries('json-2024'));
    const result = await hs.importArchive(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.archive).toMatchObject({ platform: 'facebook', era: 'json-2024', handle: 'zoe.angstrom' });
    expect(result.value.archive.counts).toMatchObject({ posts: 10, media: 5, skipped: 1 });
    // Importing it again changes nothing.
    const again = await hs.importArchive(zip);
    expect(again.ok && again.value.alreadyImported).toBe(true);
  });
});

it('facebookJson writes Facebook-style escapes', () => {
  expect(facebookJson('é')).toBe('"\\u00c3\\u00a9"');
});

it('a cancelled Facebook import stops between entries with the cancellation sentence', async () => {
  const zip = await writeZip(join(dir, 'facebook-cancel.zip'), facebookEntries('json-2022'));
  const controller = new AbortController();
  controller.abort();
  await expect(readArchive(zip, controller.signal)).rejects.toThrow(/cancelled/);
});
