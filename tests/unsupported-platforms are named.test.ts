import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHindsight, type Hindsight } from '../src/service.js';
import { detectUnsupportedEntries, sniffUnsupportedFile } from '../src/importers/unsupported.js';
import { writeFolder, writeZip } from './generators/zip.js';

const SAMPLES = resolve(__dirname, '../../shared/formats/samples');
let dir: string;
let hs: Hindsight;

/** A CAR v1 header as Bluesky writes it: varint length, then DAG-CBOR {roots: [CID], version: 1}. */
function carFile(): Buffer {
  const cid = Buffer.concat([Buffer.from([0xd8, 0x2a, 0x58, 0x25, 0x00, 0x01, 0x71, 0x12, 0x20]), Buffer.alloc(32, 7)]);
  const header = Buffer.concat([Buffer.from([0xa2, 0x65]), Buffer.from('roots'), Buffer.from([0x81]), cid, Buffer.from([0x67]), Buffer.from('version'), Buffer.from([0x01])]);
  return Buffer.concat([Buffer.from([header.length]), header, Buffer.alloc(64, 1)]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-unsupported-'));
  hs = createHindsight({ dbPath: join(dir, 'workspace.db') });
});
afterAll(() => hs.close());

async function refusal(path: string): Promise<string> {
  const result = await hs.importArchive(path);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('exports of platforms Hindsight does not read yet', () => {
  it('a Mastodon .tar.gz is named, not called "not a zip"', async () => {
    const path = join(dir, 'archive-20240723101010-0123456789abcdef0123456789abcdef.tar.gz');
    writeFileSync(path, gzipSync(readFileSync(join(SAMPLES, 'mastodon/dealingwith-2024/outbox.json'))));
    expect(await refusal(path)).toBe(
      'archive-20240723101010-0123456789abcdef0123456789abcdef.tar.gz is a Mastodon archive; Hindsight reads X/Twitter, Facebook and LinkedIn exports and does not read Mastodon yet.',
    );
  });

  it('an unpacked Mastodon archive (outbox.json + actor.json) is named', async () => {
    const folder = join(dir, 'mastodon-unpacked');
    mkdirSync(folder);
    for (const f of ['outbox.json', 'actor.json']) writeFileSync(join(folder, f), readFileSync(join(SAMPLES, 'mastodon/dealingwith-2024', f)));
    expect(await refusal(folder)).toMatch(/^mastodon-unpacked is a Mastodon archive; .* does not read Mastodon yet\.$/);
  });

  it('a Bluesky .car repository is named', async () => {
    const path = join(dir, 'repo.car');
    writeFileSync(path, carFile());
    expect(await refusal(path)).toBe('repo.car is a Bluesky repository export; Hindsight reads X/Twitter, Facebook and LinkedIn exports and does not read Bluesky yet.');
  });

  it('an Instagram export is named, in its old and new layouts', async () => {
    const posts = readFileSync(join(SAMPLES, 'instagram/ig-import-sr4136/posts_1.json'));
    const old = await writeZip(join(dir, 'instagram-old.zip'), [{ path: 'content/posts_1.json', data: posts }]);
    expect(await refusal(old)).toBe('instagram-old.zip is an Instagram archive; Hindsight reads X/Twitter, Facebook and LinkedIn exports and does not read Instagram yet.');
    const recent = await writeFolder(join(dir, 'instagram-2024'), [
      { path: 'instagram-jdoe-2024-01-01/your_instagram_activity/content/posts_1.json', data: posts },
      { path: 'instagram-jdoe-2024-01-01/personal_information/personal_information/personal_information.json', data: '{}' },
    ]);
    expect(await refusal(recent)).toMatch(/^instagram-2024 is an Instagram archive; /);
  });

  it('a Google Takeout is named', async () => {
    const zip = await writeZip(join(dir, 'takeout-20240101T000000Z-001.zip'), [
      { path: 'Takeout/archive_browser.html', data: '<html></html>' },
      { path: 'Takeout/YouTube and YouTube Music/history/watch-history.json', data: '[]' },
    ]);
    expect(await refusal(zip)).toBe(
      'takeout-20240101T000000Z-001.zip is a Google Takeout archive; Hindsight reads X/Twitter, Facebook and LinkedIn exports and does not read Google Takeout yet.',
    );
  });

  it('recognisers are precise: other files are not claimed', () => {
    expect(sniffUnsupportedFile(Buffer.from('PK\x03\x04', 'latin1'))).toBeNull();
    expect(sniffUnsupportedFile(Buffer.from([0x0a, 0xa2, 0x01]))).toBeNull();
    expect(sniffUnsupportedFile(carFile())).toBe('Bluesky');
    expect(detectUnsupportedEntries([{ path: 'outbox.json', size: 1, compressedSize: 1 }])).toBeNull();
    expect(detectUnsupportedEntries([{ path: 'data/tweets.js', size: 1, compressedSize: 1 }])).toBeNull();
  });
});
