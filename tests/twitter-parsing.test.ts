import { describe, expect, it } from 'vitest';
import type { EntryInfo } from '../src/importers/source.js';
import { mapOrdered } from '../src/importers/map-ordered.js';
import { parseTwitterDate } from '../src/importers/twitter/dates.js';
import { detectTwitter } from '../src/importers/twitter/detect.js';
import { matchKey } from '../src/importers/twitter/notes.js';
import { decodeHtml, displayText } from '../src/importers/twitter/text.js';
import { tweetToPost } from '../src/importers/twitter/tweet.js';
import { unwrapItem, unwrapJs } from '../src/importers/twitter/ytd.js';

const entries = (...paths: string[]): EntryInfo[] => paths.map((path) => ({ path, size: 10, compressedSize: 10 }));

describe('X dates', () => {
  it('reads the three forms X writes as UTC ISO-8601', () => {
    expect(parseTwitterDate('Sat Aug 12 16:10:37 +0000 2023')).toBe('2023-08-12T16:10:37.000Z');
    expect(parseTwitterDate('2015-11-01 08:00:22 +0000')).toBe('2015-11-01T08:00:22.000Z');
    expect(parseTwitterDate('2024-01-12T05:37:33.000Z')).toBe('2024-01-12T05:37:33.000Z');
    expect(parseTwitterDate('Sat Aug 12 18:10:37 +0200 2023')).toBe('2023-08-12T16:10:37.000Z');
    expect(parseTwitterDate('yesterday')).toBeNull();
    expect(parseTwitterDate('Sat Foo 12 16:10:37 +0000 2023')).toBeNull();
    expect(parseTwitterDate(undefined)).toBeNull();
  });

  it('writes UTC dates the same way a Date would, leap days and month ends included', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const p = (n: number): string => String(n).padStart(2, '0');
    // Every ~37 hours from 2006 to 2030 lands on every month end, leap day and hour of the day.
    for (let t = Date.UTC(2006, 0, 1); t < Date.UTC(2030, 0, 1); t += 133_337_000) {
      const d = new Date(t);
      const x = `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
      expect(parseTwitterDate(x)).toBe(d.toISOString());
    }
    expect(parseTwitterDate('Thu Feb 29 23:59:59 +0000 2024')).toBe('2024-02-29T23:59:59.000Z');
    expect(parseTwitterDate('Tue Dec 31 23:59:59 +0000 2019')).toBe('2019-12-31T23:59:59.000Z');
  });
});

describe('X text', () => {
  it('decodes the HTML entities X escapes, and numeric references', () => {
    expect(decodeHtml('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x1F600; &copy;')).toBe('a & b <c> "d" \'e\' 😀 &copy;');
    // Decoded once: "&amp;lt;" is the literal text "&lt;".
    expect(decodeHtml('&amp;lt;')).toBe('&lt;');
  });

  it('expands t.co links and drops the link to the tweet\'s own media', () => {
    const tweet = {
      entities: { urls: [{ url: 'https://t.co/a', expanded_url: 'https://example.org/?x=1&y=2' }] },
      extended_entities: { media: [{ url: 'https://t.co/m', type: 'photo' }] },
    };
    expect(displayText('See https://t.co/a https://t.co/m', tweet)).toBe('See https://example.org/?x=1&y=2');
  });

  it('matches a note to its tweet on the leading words, after the @handles and before the links', () => {
    expect(matchKey('@a @b_c  Hello   world https://t.co/x')).toBe('Hello world');
    expect(matchKey('x'.repeat(60))).toHaveLength(40);
  });
});

describe('X wrappers', () => {
  it('takes everything after the first "=" and drops a trailing ";"', () => {
    expect(JSON.parse(unwrapJs('window.YTD.tweets.part0 = [ {"a": "x=y"} ];\n'))).toEqual([{ a: 'x=y' }]);
    expect(JSON.parse(unwrapJs('Grailbird.data.tweets_2015_11 = \n[ ]'))).toEqual([]);
    expect(JSON.parse(unwrapJs('\uFEFF[1]'))).toEqual([1]);
  });

  it('unwraps { "tweet": {...} } items and keeps bare early-2019 tweets as they are', () => {
    expect(unwrapItem({ tweet: { id_str: '1' } }, 'tweet')).toEqual({ id_str: '1' });
    expect(unwrapItem({ id_str: '1', tweet: 'x' }, 'tweet')).toEqual({ id_str: '1', tweet: 'x' });
  });
});

describe('X tweet kinds', () => {
  const base = { id_str: '10', created_at: 'Sat Aug 12 16:10:37 +0000 2023', full_text: 'hi' };
  const kind = (extra: Record<string, unknown>) => {
    const r = tweetToPost({ ...base, ...extra }, { handle: 'me', deleted: false });
    return r.ok ? r.post.kind : r.reason;
  };
  it('tells posts, replies, reposts and quotes apart', () => {
    expect(kind({})).toBe('post');
    expect(kind({ in_reply_to_status_id_str: '9' })).toBe('reply');
    expect(kind({ full_text: 'RT @x: hi' })).toBe('repost');
    expect(kind({ retweeted_status: { id_str: '5' } })).toBe('repost');
    expect(kind({ is_quote_status: true, quoted_status_id_str: '7' })).toBe('quote');
    expect(kind({ entities: { urls: [{ url: 'https://t.co/q', expanded_url: 'https://x.com/someone/status/7' }] } })).toBe('quote');
    // A link to the tweet's own page (a long tweet's "show more") is not a quote.
    expect(kind({ entities: { urls: [{ url: 'https://t.co/q', expanded_url: 'https://twitter.com/i/web/status/10' }] } })).toBe('post');
  });

  it('reports what makes a tweet unreadable', () => {
    expect(tweetToPost('nope', { handle: null, deleted: false })).toEqual({ ok: false, id: null, reason: 'the record is not a tweet object' });
    expect(tweetToPost({ ...base, created_at: 'Thu Jan 01 00:00:00 +0000 1997' }, { handle: null, deleted: false })).toMatchObject({ ok: false, id: '10' });
  });
});

describe('X detection', () => {
  it.each([
    [['data/tweets.js'], 'ytd-2022', ''],
    [['data/tweets-part1.js', 'data/tweets_media/1-a.jpg'], 'ytd-2022', ''],
    [['data/manifest.js'], 'ytd-2022', ''],
    [['data/deleted-tweets.js'], 'ytd-2022', ''],
    [['Your archive.html', 'data/tweet.js', 'data/manifest.js'], 'ytd-2019-2022', ''],
    [['data/account.js', 'data/tweet_media/1-a.jpg'], 'ytd-2019-2022', ''],
    [['tweet.js', 'account.js'], 'ytd-2019-early', ''],
    [['account.js', 'following.js'], 'ytd-2019-early', ''],
    [['tweets.csv'], 'legacy-2012-2018', ''],
    [['data/js/tweets/2012_01.js', 'css/app.css'], 'legacy-2012-2018', ''],
    [['twitter-2022-11-21/data/tweets.js', 'twitter-2022-11-21/Your archive.html'], 'ytd-2022', 'twitter-2022-11-21/'],
    [['__MACOSX/x/._tweets.js', 'x/tweet.js', 'x/account.js'], 'ytd-2019-early', 'x/'],
  ])('%j is %s', (paths, era, root) => {
    expect(detectTwitter(entries(...paths))).toMatchObject({ platform: 'twitter', era, root });
  });

  it.each([
    [['posts/your_posts_1.json', 'profile_information/profile_information.json']],
    [['Shares.csv', 'Profile.csv']],
    [['account.js']],
    [['notes.txt']],
  ])('%j is not an X archive', (paths) => {
    expect(detectTwitter(entries(...paths))).toBeNull();
  });
});

describe('bounded concurrency', () => {
  it('keeps at most the limit in flight and yields in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const tasks = Array.from({ length: 12 }, (_, i) => async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, (12 - i) * 2));
      inFlight--;
      return i;
    });
    const out: number[] = [];
    for await (const v of mapOrdered(tasks, 4, (task) => task())) out.push(v);
    expect(out).toEqual([...Array(12).keys()]);
    expect(peak).toBe(4);
  });
});
