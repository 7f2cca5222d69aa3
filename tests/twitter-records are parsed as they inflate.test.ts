import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotAListError, YtdItemReader } from '../src/importers/twitter/ytd-items.js';
import { unwrapJs } from '../src/importers/twitter/ytd.js';

const SAMPLES = join(__dirname, '../../shared/formats/samples/twitter');

/** Every record the reader gives for a file fed in chunks of `size` bytes. */
function readInChunks(bytes: Buffer, size: number): unknown[] {
  const reader = new YtdItemReader();
  const out: unknown[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...reader.push(bytes.subarray(i, i + size)));
  out.push(...reader.end());
  return out;
}

/** What parsing the whole file gives: the reference the streamed records must equal. */
function wholeParse(text: string): unknown {
  return JSON.parse(unwrapJs(text));
}

const CHUNKS = [1, 7, 64, 1000, 1 << 20];

function expectSameAsWhole(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const expected = wholeParse(text);
  for (const size of CHUNKS) expect(readInChunks(bytes, size), `chunks of ${size} bytes`).toEqual(expected);
}

function errorOf(text: string, size = 5): string {
  try {
    readInChunks(Buffer.from(text, 'utf8'), size);
  } catch (err) {
    if (err instanceof NotAListError) return err.what;
    throw err;
  }
  return 'no error';
}

const tweet = (id: string, text: string): unknown => ({
  tweet: {
    id_str: id,
    full_text: text,
    entities: { hashtags: [], user_mentions: [{ screen_name: 'nhs', indices: ['0', '4'] }] },
    created_at: 'Sat Aug 12 16:10:37 +0000 2023',
  },
});

const TWEETS = [
  tweet('1', 'Ward round done. Tea.'),
  // Escaped newlines and braces inside strings are not record ends.
  tweet('2', 'Line one\n  }\nstill the same tweet {'),
  tweet('3', 'Café, naïve, 👩‍⚕️ and “quotes” across chunk boundaries'),
  tweet('4', '\\"}\\n'),
];

describe('X data files are read record by record', () => {
  it('gives the same records as parsing the whole file, in every pretty-printed style and chunking', () => {
    // 2022+ style: `[`, then records indented by two spaces.
    expectSameAsWhole(`window.YTD.tweets.part0 = ${JSON.stringify(TWEETS, null, 2)}`);
    // 2019 style: `[ {` on the wrapper's line and `}, {` at the line start.
    expectSameAsWhole(`window.YTD.tweet.part0 = [ ${TWEETS.map((t) => JSON.stringify(t, null, 2)).join(', ')} ]`);
    // Legacy Grailbird files and a bare array, with a byte-order mark and a trailing semicolon.
    expectSameAsWhole(`Grailbird.data.tweets_2015_11 = \n${JSON.stringify(TWEETS, null, 2)};\n`);
    expectSameAsWhole(`\uFEFF${JSON.stringify(TWEETS, null, 2)}`);
    // Tabs, Windows line ends.
    expectSameAsWhole(`window.YTD.tweets.part0 = ${JSON.stringify(TWEETS, null, '\t').replace(/\n/g, '\r\n')}`);
  });

  it('gives each record as soon as its bytes have arrived, not at the end', () => {
    const styles = [
      `window.YTD.tweets.part0 = ${JSON.stringify(TWEETS, null, 2)}`,
      `window.YTD.tweet.part0 = [ ${TWEETS.map((t) => JSON.stringify(t, null, 2)).join(', ')} ]`,
    ];
    for (const text of styles) {
      const bytes = Buffer.from(text, 'utf8');
      const reader = new YtdItemReader();
      // Up to the end of the third record: the first two are complete (the third's end is not yet known to be one).
      const third = bytes.indexOf('"3"');
      expect(reader.push(bytes.subarray(0, third))).toEqual(TWEETS.slice(0, 2));
      expect([...reader.push(bytes.subarray(third)), ...reader.end()]).toEqual(TWEETS.slice(2));
    }
  });

  it('reads files that are not pretty-printed, or whose records are not objects, whole', () => {
    expectSameAsWhole(`window.YTD.tweets.part0 = ${JSON.stringify(TWEETS)}`);
    expectSameAsWhole(`window.YTD.tweets.part0 = ${JSON.stringify(['a', 'b', { c: 1 }], null, 2)}`);
    expectSameAsWhole(`window.YTD.tweets.part0 = ${JSON.stringify([{ a: 1 }, 'b', { c: 2 }], null, 2)}`);
    expectSameAsWhole('window.YTD.tweets.part0 = [ ]');
    expectSameAsWhole('window.YTD.tweets.part0 = []');
  });

  it('joins pieces when a nested object closes at the record indentation', () => {
    const odd = `window.YTD.tweets.part0 = [\n  {\n  "tweet": {\n    "id_str": "1"\n  }\n  },\n  {\n  "tweet": {\n    "id_str": "2"\n  }\n  }\n]`;
    expect(readInChunks(Buffer.from(odd), 3)).toEqual(wholeParse(odd));
    expect(readInChunks(Buffer.from(odd), 3)).toHaveLength(2);
  });

  it('matches the whole parse on every real X data file in the samples', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.js')) files.push(path);
      }
    };
    walk(SAMPLES);
    expect(files.length).toBeGreaterThan(10);
    let lists = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const whole = wholeParse(text);
      if (Array.isArray(whole)) {
        lists++;
        for (const size of [13, 4096]) expect(readInChunks(readFileSync(file), size), file).toEqual(whole);
      } else {
        expect(errorOf(text, 4096), file).toBe('expected a list of records');
      }
    }
    expect(lists).toBeGreaterThan(5);
  });

  it('names what is wrong with a file that is not a list of records', () => {
    const good = `window.YTD.tweets.part0 = ${JSON.stringify(TWEETS, null, 2)}`;
    expect(errorOf(good.slice(0, good.length - 40))).toBe('the JSON is malformed');
    expect(errorOf(good.slice(0, good.length - 1))).toBe('the JSON is malformed');
    expect(errorOf(`${good} trailing`)).toBe('the JSON is malformed');
    expect(errorOf(good.replace('},\n  {', '} x\n  {'))).toBe('the JSON is malformed');
    expect(errorOf(good.replace('"Ward round', 'Ward round'))).toBe('the JSON is malformed');
    expect(errorOf('window.YTD.tweets.part0 = {"tweet": {}}')).toBe('expected a list of records');
    expect(errorOf('window.YTD.tweets.part0 = ')).toBe('the JSON is malformed');
    expect(errorOf('')).toBe('the JSON is malformed');
    expect(errorOf('<html>Rate limit exceeded</html>')).toBe('the JSON is malformed');
  });
});
