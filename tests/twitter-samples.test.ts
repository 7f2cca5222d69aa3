/**
 * The real X archive files in ../shared/formats/samples/twitter (see samples/PROVENANCE.md), each
 * a partial archive read as a folder source, with exact counts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../src/importers/twitter/notes.js';
import { unwrapJs } from '../src/importers/twitter/ytd.js';
import { importTwitter } from './generators/twitter.js';

const SAMPLES = path.resolve(__dirname, '../../shared/formats/samples/twitter');

describe('real X samples', () => {
  it('alrocar 2024: 19 tweets, and each of the 9 long-post notes completes exactly one tweet', async () => {
    const dir = path.join(SAMPLES, 'ytd-2024-alrocar');
    const r = await importTwitter(dir);
    expect(r.detection).toEqual({ platform: 'twitter', era: 'ytd-2022', label: 'X/Twitter archive (2022+ layout)', root: '' });
    expect(r.posts.size).toBe(19);
    expect(r.skipped).toEqual([]);
    expect(r.exportedAt).toEqual(['2024-11-16T11:33:22.222Z']);
    // Handle and display name from manifest userInfo (account.js was not copied).
    expect(r.accounts).toEqual([expect.objectContaining({ handle: 'alrocar', displayName: 'alrocar 🥘', extra: { accountId: '52338276' } })]);

    const notes = (JSON.parse(unwrapJs(readFileSync(path.join(dir, 'data/note-tweet.js'), 'utf8'))) as unknown[]).map((n) => parseNote(n)!);
    expect(notes).toHaveLength(9);
    const posts = [...r.posts.values()];
    expect(posts.some((p) => p.nativeId.startsWith('note-'))).toBe(false);
    for (const note of notes) {
      const merged = posts.filter((p) => p.text === note.text);
      expect(merged, note.id).toHaveLength(1);
      // Snowflake ids hold milliseconds (id >> 22): the tweet is posted 13-31 ms after its note.
      const gap = (BigInt(merged[0]!.nativeId) >> 22n) - (BigInt(note.id) >> 22n);
      expect(gap >= 0n && gap < 100n, `${note.id} -> ${merged[0]!.nativeId}`).toBe(true);
    }
    // The reply whose full_text starts with @handles the note does not have.
    expect(r.posts.get('1760611342728208575')).toMatchObject({
      kind: 'reply',
      replyToHandle: 'borlanco',
      text: expect.stringMatching(/^A tope con lo declarativo.*lo explico un poco mejor 🙏$/s),
    });
    // Note links are expanded by expandedUrl; the note text is not HTML-escaped.
    expect(r.posts.get('1832018451445043427')!.text).toContain('https://www.tinybird.co/about y echar un ojo');
    expect(r.posts.get('1851942807159619757')).toMatchObject({
      kind: 'quote',
      quoteOfUrl: 'https://twitter.com/GVA112/status/1851940685131210784',
      text: expect.stringContaining('Ajustes > Notificaciones > Alertas de emergencias inalámbricas > Historial'),
    });

    const kinds = posts.reduce<Record<string, number>>((n, p) => ({ ...n, [p.kind]: (n[p.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ repost: 1, reply: 12, quote: 2, post: 4 });
    expect(r.posts.get('1855222380982907193')).toMatchObject({ kind: 'repost', url: 'https://x.com/alrocar/status/1855222380982907193' });
    expect(r.posts.get('1841071718988714381')).toMatchObject({ text: 'TIL', language: null });

    // No tweets_media folder in the sample: every listed media item is a URL-only record.
    expect(r.media).toHaveLength(18);
    expect(r.media.every((m) => m.path === null && m.sourceUrl?.startsWith('https://pbs.twimg.com/'))).toBe(true);
    expect(r.media.filter((m) => m.type === 'video')).toHaveLength(1);
    expect(r.media.filter((m) => m.type === 'gif')).toHaveLength(1);
    expect(r.media.filter((m) => m.postNativeId === '1852245699527643188')).toHaveLength(2);
  });

  it('smithjd 2022: 15 tweets including the one geotagged with string coordinates', async () => {
    const r = await importTwitter(path.join(SAMPLES, 'ytd-2022-smithjd'));
    expect(r.detection.era).toBe('ytd-2022');
    expect(r.posts.size).toBe(15);
    expect(r.skipped).toEqual([]);
    // A lone tweets.js names no author; the user's own photo links do.
    expect(r.accounts.map((a) => a.handle)).toEqual(['smithjd']);
    const geo = [...r.posts.values()].filter((p) => p.geo);
    expect(geo.map((p) => p.nativeId)).toEqual(['500745738054541312']);
    expect(geo[0]!.geo).toEqual({ lat: 45.52848497, lon: -122.57943241, placeName: null, precision: 'exact', source: 'coordinates' });
    expect(geo[0]!.createdAt).toBe('2014-08-16T20:47:42.000Z');
    expect(r.posts.get('491644872034508800')!.text).toContain('Even buying & running @Kaspersky');
    expect(r.posts.get('563111456644673536')!.kind).toBe('repost');
    expect(r.posts.get('1582825767519809536')).toMatchObject({ kind: 'reply', replyToHandle: 'sharon000', replyToId: '1582702502297755653' });
    expect(r.media).toHaveLength(7);
  });

  it('roberskine 2022: deleted-tweets.js alone gives 11 deleted posts', async () => {
    const r = await importTwitter(path.join(SAMPLES, 'ytd-2022-roberskine'));
    expect(r.detection.era).toBe('ytd-2022');
    const posts = [...r.posts.values()];
    expect(posts).toHaveLength(11);
    expect(posts.every((p) => p.deleted)).toBe(true);
    expect(posts.filter((p) => p.kind === 'repost')).toHaveLength(10);
    expect(posts.filter((p) => p.language === null)).toHaveLength(10);
    expect((r.posts.get('1589437996302237697')!.raw as { deleted_at: string }).deleted_at).toBe('Mon Nov 07 14:30:47 +0000 2022');
    // Nothing in the file names the owner: posts link by id alone.
    expect(r.accounts).toEqual([]);
    expect(r.posts.get('1589437996302237697')!.url).toBe('https://x.com/i/web/status/1589437996302237697');
  });

  it('legacy 2015 bot archive: the two Grailbird month files, not tweets.csv', async () => {
    const r = await importTwitter(path.join(SAMPLES, 'legacy-2012-2018'));
    expect(r.detection.era).toBe('legacy-2012-2018');
    expect(r.posts.size).toBe(34 + 2);
    expect(r.skipped).toEqual([]);
    expect(r.entriesRead).toEqual(['data/js/user_details.js', 'data/js/tweets/2015_02.js', 'data/js/tweets/2015_11.js']);
    expect(r.accounts).toEqual([
      {
        platform: 'twitter',
        handle: 'sixworderbot',
        displayName: 'Six-Worder Bot',
        bio: 'Six-word stories, four times daily, made from random sentences from Project Gutenberg. A bot by @hugovk.',
        location: null,
        url: 'https://github.com/hugovk/randomsentencebot/',
        createdAt: '2015-02-22T10:05:21.000Z',
        extra: { accountId: '3052317647' },
      },
    ]);
    expect(r.posts.get('660728070781931520')).toMatchObject({
      kind: 'post',
      text: 'We got out of the lift.\n#sixwordstory',
      createdAt: '2015-11-01T08:00:22.000Z',
      language: null,
      account: 'sixworderbot',
    });
  });

  it('legacy tweets.csv (120 real rows) when read on its own', async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'hindsight-csv-'));
    try {
      copyFileSync(path.join(SAMPLES, 'legacy-2012-2018/tweets.csv'), path.join(dir, 'tweets.csv'));
      const r = await importTwitter(dir);
      expect(r.detection.era).toBe('legacy-2012-2018');
      expect(r.posts.size).toBe(120);
      expect(r.skipped).toEqual([]);
      expect(r.posts.get('660728070781931520')!.text).toBe('We got out of the lift.\n#sixwordstory');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dogsheep early-2019 fixture: root account.js gives the account and no posts', async () => {
    const r = await importTwitter(path.join(SAMPLES, 'ytd-2019plus/dogsheep-zip_contents'));
    expect(r.detection).toMatchObject({ era: 'ytd-2019-early', root: '' });
    expect(r.posts.size).toBe(0);
    expect(r.accounts).toEqual([expect.objectContaining({ handle: 'simonw', displayName: 'Simon Willison', createdAt: '2006-11-15T13:18:50.000Z' })]);
  });
});
