import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../src/importers/open-source.js';
import { twitterImporter } from '../src/importers/twitter/index.js';
import { CancelledError, UserError } from '../src/result.js';
import { importTwitter, twitterEntries, writeTwitterArchive } from './generators/twitter.js';
import { writeZip } from './generators/zip.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-twitter-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 2022+ archive with one file's content replaced. */
async function withFile(name: string, path: string, data: string): Promise<string> {
  const entries = twitterEntries('ytd-2022').map((e) => (e.path === path ? { ...e, data } : e));
  return writeZip(join(dir, `${name}.zip`), entries);
}

async function failure(archive: string): Promise<unknown> {
  try {
    await importTwitter(archive);
  } catch (err) {
    return err;
  }
  throw new Error('expected the import to fail');
}

describe('X archives that cannot be read', () => {
  it('malformed tweets.js is one sentence naming the file', async () => {
    const err = await failure(await withFile('broken-tweets', 'data/tweets.js', 'window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", '));
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(
      'data/tweets.js in broken-tweets.zip is not valid X data (the JSON is malformed); download the archive again from X and re-import it.',
    );
    expect((err as UserError).file).toBe('data/tweets.js');
  });

  it('a tweets.js that is not a list is refused', async () => {
    const err = await failure(await withFile('object-tweets', 'data/tweets.js', 'window.YTD.tweets.part0 = { "tweet": {} }'));
    expect((err as UserError).message).toMatch(/^data\/tweets\.js in object-tweets\.zip is not valid X data \(expected a list of records\)/);
  });

  it.each(['data/manifest.js', 'data/account.js', 'data/note-tweet.js', 'data/deleted-tweets.js'])('malformed %s is refused', async (file) => {
    const err = await failure(await withFile(`broken-${file.replace(/\W/g, '-')}`, file, 'window.YTD.x.part0 = [ {'));
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(`${file} in broken-`);
  });

  it('malformed Grailbird month file and tweets.csv are refused', async () => {
    const month = twitterEntries('legacy-2012-2018').map((e) => (e.path === 'data/js/tweets/2015_11.js' ? { ...e, data: 'Grailbird.data.tweets_2015_11 = \n[ {' } : e));
    const err = await failure(await writeZip(join(dir, 'legacy-bad-month.zip'), month));
    expect((err as UserError).message).toMatch(/^data\/js\/tweets\/2015_11\.js in legacy-bad-month\.zip is not valid X data \(the JSON is malformed\)/);

    const csv = twitterEntries('legacy-2012-2018', { csvOnly: true }).map((e) => (e.path === 'tweets.csv' ? { ...e, data: '"tweet_id","timestamp","text"\n"1","2015-11-01 08:00:22 +0000","unterminated\n' } : e));
    const csvErr = await failure(await writeZip(join(dir, 'legacy-bad-csv.zip'), csv));
    expect((csvErr as UserError).message).toMatch(/^tweets\.csv in legacy-bad-csv\.zip is not valid X data \(the CSV is malformed\)/);
  });

  it('a corrupt photo is flagged unreadable and the import goes on', async () => {
    const entries = twitterEntries('ytd-2022').map((e) => (e.path.endsWith('-F3bbPhotoTwo.jpg') ? { ...e, data: Buffer.from('<html>an error page saved as a photo</html>') } : e));
    const r = await importTwitter(await writeZip(join(dir, 'corrupt-photo.zip'), entries));
    expect(r.media.find((m) => m.path?.endsWith('-F3bbPhotoTwo.jpg'))).toMatchObject({ unreadable: true, type: 'photo' });
    expect(r.media.find((m) => m.path?.endsWith('-F3aaPhotoOne.jpg'))).toMatchObject({ unreadable: false });
  });

  it('a part file the manifest lists but the archive lacks is reported as skipped', async () => {
    const entries = twitterEntries('ytd-2022', { split: true }).filter((e) => e.path !== 'data/tweets-part1.js');
    const r = await importTwitter(await writeZip(join(dir, 'missing-part.zip'), entries));
    expect(r.skipped).toContainEqual({ type: 'skipped', file: 'data/tweets-part1.js', id: null, reason: expect.stringMatching(/manifest/) });
  });
});

describe('cancelling an X import', () => {
  it('stops at any entry with CancelledError', async () => {
    const path = await writeTwitterArchive(dir, 'cancel', 'ytd-2022');
    const full = await importTwitter(path);
    // Abort after each possible number of records; every run stops with CancelledError.
    for (const stopAfter of [0, 1, 3, 8, full.records.length - 1]) {
      const controller = new AbortController();
      const source = await openSource(path);
      let seen = 0;
      const run = async (): Promise<void> => {
        if (stopAfter === 0) controller.abort();
        for await (const _ of twitterImporter.read(source, twitterImporter.detect(source.entries)!, { signal: controller.signal, onEntry() {} })) {
          if (++seen >= stopAfter) controller.abort();
        }
      };
      await expect(run()).rejects.toBeInstanceOf(CancelledError);
      expect(seen).toBe(stopAfter);
      await source.close();
    }
  });
});
