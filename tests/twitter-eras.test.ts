import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArchive } from '../src/importers/detect.js';
import { openSource } from '../src/importers/open-source.js';
import {
  BIO,
  DISPLAY_NAME,
  EXPECTED_LONG1,
  HANDLE,
  IDS,
  LEGACY_IDS,
  NOTE_TEXTS,
  PHOTO_GPS,
  YTD_MEDIA,
  YTD_SKIPPED,
  YTD_VALID_TWEETS,
  importTwitter,
  writeTwitterArchive,
  type TwitterImport,
} from './generators/twitter.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-twitter-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What every 2019+ era must read the same way from the same tweets. */
function expectYtdTweets(r: TwitterImport): void {
  const p = (id: string) => {
    const post = r.posts.get(id);
    expect(post, id).toBeDefined();
    return post!;
  };
  const plain = p(IDS.entities);
  expect(plain).toMatchObject({
    platform: 'twitter',
    kind: 'post',
    createdAt: '2023-08-12T16:10:37.000Z',
    text: 'Clinic & ward round <done> "busy" day, isn\'t it 😀 😀',
    language: 'en',
    visibility: 'public',
    url: `https://x.com/${HANDLE}/status/${IDS.entities}`,
    account: HANDLE,
    deleted: false,
    geo: null,
  });
  expect((plain.raw as { id_str: string }).id_str).toBe(IDS.entities);

  expect(p(IDS.reply)).toMatchObject({
    kind: 'reply',
    text: '@patientdad Thanks, the leaflet is at https://www.nhs.uk/conditions/asthma/',
    replyToId: '1689000000000000000',
    replyToHandle: 'patientdad',
    quoteOfUrl: null,
  });
  expect(p(IDS.retweet)).toMatchObject({ kind: 'repost', text: 'RT @NHSEngland: Flu jabs are open & free for over-65s…', language: null });
  expect(p(IDS.quote)).toMatchObject({
    kind: 'quote',
    quoteOfUrl: 'https://twitter.com/bmj_latest/status/1400000000000000000',
    text: 'Worth reading https://twitter.com/bmj_latest/status/1400000000000000000',
  });
  // The t.co link to the tweet's own photos is dropped from the text.
  expect(p(IDS.photos).text).toBe('Sunset from the ward window');
  expect(p(IDS.video).text).toBe('Rain');
  expect(p(IDS.geo).geo).toEqual({ lat: 51.5072, lon: -0.1276, placeName: 'London, England', precision: 'exact', source: 'coordinates' });
  expect(p(IDS.place).geo).toEqual({ lat: 53.45, lon: -2.2, placeName: 'Manchester, England', precision: 'place', source: 'place' });

  const skippedIds = r.skipped.map((s) => s.id);
  expect(skippedIds).toEqual(expect.arrayContaining([IDS.oldYear, IDS.noDate, null]));
  expect(r.skipped.find((s) => s.id === IDS.oldYear)?.reason).toMatch(/2003/);

  expect(r.accounts).toEqual([
    {
      platform: 'twitter',
      handle: HANDLE,
      displayName: DISPLAY_NAME,
      // X escapes profile text as it does tweet text; the importer decodes it.
      bio: BIO.replace('&amp;', '&'),
      location: 'London',
      url: 'https://t.co/Website01',
      createdAt: '2009-05-01T08:00:00.000Z',
      extra: { accountId: '1000', avatarUrl: 'https://pbs.twimg.com/profile_images/1/a.jpg' },
    },
  ]);
}

function expectYtdMedia(r: TwitterImport, folder: string): void {
  expect(r.media).toHaveLength(YTD_MEDIA);
  const byName = new Map(r.media.map((m) => [(m.path ?? m.sourceUrl ?? '').split('/').pop(), m]));
  const gps = byName.get(`${IDS.photos}-F3aaPhotoOne.jpg`)!;
  expect(gps).toMatchObject({
    platform: 'twitter',
    postNativeId: IDS.photos,
    path: `${folder}/${IDS.photos}-F3aaPhotoOne.jpg`,
    sourceUrl: 'https://pbs.twimg.com/media/F3aaPhotoOne.jpg',
    type: 'photo',
    takenAt: '2023-08-16T19:29:00',
    cameraMake: 'Apple',
    cameraModel: 'iPhone 12',
    unreadable: false,
  });
  expect(gps.size).toBeGreaterThan(100);
  expect(gps.gpsLat).toBeCloseTo(PHOTO_GPS.lat, 4);
  expect(gps.gpsLon).toBeCloseTo(PHOTO_GPS.lon, 4);
  expect(byName.get(`${IDS.photos}-F3bbPhotoTwo.jpg`)).toMatchObject({ postNativeId: IDS.photos, gpsLat: null, unreadable: false });
  expect(byName.get('F3ccMissing.jpg')).toMatchObject({
    postNativeId: IDS.missingPhoto,
    path: null,
    size: null,
    type: 'photo',
    sourceUrl: 'https://pbs.twimg.com/media/F3ccMissing.jpg',
  });
  expect(byName.get(`${IDS.video}-BigVid.mp4`)).toMatchObject({ postNativeId: IDS.video, type: 'video', unreadable: false });
  // A file whose tweet is not in the archive still becomes a media record.
  expect(byName.get(`${IDS.orphanMedia}-Orphan.jpg`)).toMatchObject({ postNativeId: IDS.orphanMedia, type: 'photo' });
}

describe('2022+ archive (data/tweets.js, manifest, notes, deleted tweets)', () => {
  it.each([
    ['zip', {}],
    ['folder', { as: 'folder' as const }],
    ['zip inside one top-level folder', { loneRoot: 'twitter-2024-02-01-abc' }],
    ['tweets split into tweets-part1.js', { split: true }],
  ])('reads every record from a %s', async (label, opts) => {
    const path = await writeTwitterArchive(dir, `ytd2022-${label.replace(/\W+/g, '-')}`, 'ytd-2022', opts);
    const r = await importTwitter(path);
    const root = 'loneRoot' in opts ? `${opts.loneRoot}/` : '';
    expect(r.detection).toEqual({ platform: 'twitter', era: 'ytd-2022', label: 'X/Twitter archive (2022+ layout)', root });

    // 11 tweets + 2 deleted tweets + 1 note without a tweet.
    expect(r.posts.size).toBe(YTD_VALID_TWEETS + 2 + 1);
    expect(r.skipped).toHaveLength(YTD_SKIPPED);
    expect(r.exportedAt).toEqual(['2024-02-01T10:00:00.123Z']);
    expectYtdTweets(r);
    expectYtdMedia(r, `${root}data/tweets_media`);

    // Two notes written in the same second each complete their own tweet.
    expect(r.posts.get(IDS.long1)).toMatchObject({ kind: 'reply', text: EXPECTED_LONG1, replyToHandle: 'colleague' });
    expect(r.posts.get(IDS.long2)!.text).toBe(NOTE_TEXTS.long2);
    expect(r.posts.get(`note-${IDS.lonelyNote}`)).toMatchObject({
      kind: 'post',
      createdAt: '2023-03-03T10:00:00.000Z',
      text: NOTE_TEXTS.lonely,
      account: HANDLE,
      deleted: false,
    });

    expect(r.posts.get(IDS.deleted1)).toMatchObject({ deleted: true, kind: 'reply', createdAt: '2022-11-07T02:02:03.000Z' });
    expect((r.posts.get(IDS.deleted1)!.raw as { deleted_at: string }).deleted_at).toBe('Mon Nov 07 14:30:47 +0000 2022');
    expect(r.posts.get(IDS.deleted2)).toMatchObject({ deleted: true, kind: 'repost' });
    expect([...r.posts.values()].filter((p) => p.deleted)).toHaveLength(2);

    // The account comes before any post; every record names the owner.
    const firstPost = r.records.findIndex((x) => x.type === 'post');
    expect(r.records.findIndex((x) => x.type === 'account')).toBeLessThan(firstPost);
    expect([...r.posts.values()].every((p) => p.account === HANDLE)).toBe(true);

    // Progress: every data file and every photo read is reported.
    const files = [`${root}data/manifest.js`, `${root}data/account.js`, `${root}data/tweets.js`, `${root}data/note-tweet.js`, `${root}data/deleted-tweets.js`];
    if ('split' in opts) files.push(`${root}data/tweets-part1.js`);
    expect(r.entriesRead).toEqual(expect.arrayContaining(files));
    expect(r.entriesRead.filter((e) => e.endsWith('.jpg'))).toHaveLength(3);
  });

  it('is found by the registry', async () => {
    const path = await writeTwitterArchive(dir, 'registry', 'ytd-2022');
    const source = await openSource(path);
    try {
      expect(detectArchive(source).detection.era).toBe('ytd-2022');
    } finally {
      await source.close();
    }
  });
});

describe('2019-2022 archive (data/tweet.js, data/tweet_media/)', () => {
  it.each([['zip', {}], ['folder', { as: 'folder' as const }]])('reads every tweet and photo from a %s', async (label, opts) => {
    const r = await importTwitter(await writeTwitterArchive(dir, `ytd2019-2022-${label}`, 'ytd-2019-2022', opts));
    expect(r.detection).toMatchObject({ era: 'ytd-2019-2022', label: 'X/Twitter archive (2019-2022 layout)', root: '' });
    expect(r.posts.size).toBe(YTD_VALID_TWEETS);
    expect(r.skipped).toHaveLength(YTD_SKIPPED);
    expect(r.exportedAt).toEqual([]);
    expectYtdTweets(r);
    expectYtdMedia(r, 'data/tweet_media');
    // No note-tweet.js in this era: the long tweet keeps its cut-off text, links expanded.
    expect(r.posts.get(IDS.long2)!.text).toMatch(/…/);
  });
});

describe('early 2019 archive (root tweet.js, bare tweet objects)', () => {
  it('reads bare tweets and root account.js', async () => {
    const r = await importTwitter(await writeTwitterArchive(dir, 'early2019', 'ytd-2019-early', { loneRoot: 'twitter-2019-01-05' }));
    expect(r.detection).toMatchObject({ era: 'ytd-2019-early', label: 'X/Twitter archive (early 2019 layout)', root: 'twitter-2019-01-05/' });
    expect(r.posts.size).toBe(YTD_VALID_TWEETS);
    expect(r.skipped).toHaveLength(YTD_SKIPPED);
    expectYtdTweets(r);
    expectYtdMedia(r, 'twitter-2019-01-05/tweet_media');
  });
});

describe('legacy 2012-2018 archive (Grailbird month files, tweets.csv)', () => {
  it.each([['zip', {}], ['folder', { as: 'folder' as const }]])('prefers the month files in a %s', async (label, opts) => {
    const r = await importTwitter(await writeTwitterArchive(dir, `legacy-${label}`, 'legacy-2012-2018', opts));
    expect(r.detection).toMatchObject({ era: 'legacy-2012-2018', label: 'X/Twitter archive (legacy 2012-2018 layout)' });
    expect(r.posts.size).toBe(5);
    expect(r.skipped).toEqual([{ type: 'skipped', file: 'data/js/tweets/2014_08.js', id: LEGACY_IDS.oldYear, reason: expect.stringMatching(/2003/) }]);
    expect(r.entriesRead).not.toContain('tweets.csv');
    expect(r.accounts).toEqual([
      {
        platform: 'twitter',
        handle: HANDLE,
        displayName: DISPLAY_NAME,
        bio: 'GP in Leeds.',
        location: null,
        url: 'https://example.org/jane',
        createdAt: '2009-05-01T08:00:00.000Z',
        extra: { accountId: '1000' },
      },
    ]);
    expect(r.posts.get(LEGACY_IDS.post)).toMatchObject({
      kind: 'post',
      createdAt: '2015-11-01T08:00:22.000Z',
      text: 'Night shift & coffee http://example.org/coffee',
      url: `https://x.com/${HANDLE}/status/${LEGACY_IDS.post}`,
    });
    expect(r.posts.get(LEGACY_IDS.reply)).toMatchObject({ kind: 'reply', replyToId: '660600000000000000', replyToHandle: 'nurse_sam' });
    expect(r.posts.get(LEGACY_IDS.retweet)).toMatchObject({ kind: 'repost' });
    expect(r.posts.get(LEGACY_IDS.photo)!.text).toBe('Jazz festival');
    expect(r.posts.get(LEGACY_IDS.geo)!.geo).toEqual({ lat: 45.52848497, lon: -122.57943241, placeName: null, precision: 'exact', source: 'coordinates' });
    // Legacy archives hold media URLs only.
    expect(r.media).toEqual([
      expect.objectContaining({ postNativeId: LEGACY_IDS.photo, path: null, sourceUrl: 'https://pbs.twimg.com/media/BvLegacy1.jpg', type: 'photo' }),
    ]);
  });

  it('falls back to tweets.csv when the month files are absent', async () => {
    const r = await importTwitter(await writeTwitterArchive(dir, 'legacy-csv', 'legacy-2012-2018', { csvOnly: true }));
    expect(r.detection.era).toBe('legacy-2012-2018');
    expect(r.posts.size).toBe(3);
    expect(r.skipped).toEqual([{ type: 'skipped', file: 'tweets.csv', id: '650000000000000004', reason: expect.any(String) }]);
    expect(r.posts.get(LEGACY_IDS.post)).toMatchObject({
      kind: 'post',
      text: 'Night shift & coffee\n"strong" http://example.org/coffee',
      createdAt: '2015-11-01T08:00:22.000Z',
      account: HANDLE,
    });
    expect(r.posts.get(LEGACY_IDS.reply)).toMatchObject({ kind: 'reply', replyToId: '660600000000000000', replyToHandle: 'nurse_sam' });
    expect(r.posts.get(LEGACY_IDS.retweet)).toMatchObject({ kind: 'repost' });
    expect((r.posts.get(LEGACY_IDS.reply)!.raw as Record<string, string>).tweet_id).toBe(LEGACY_IDS.reply);
  });
});
