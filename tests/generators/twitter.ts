/**
 * Writes X/Twitter archives of every era in the real layout and wrappers (FORMATS.md section 1):
 * legacy 2012-2018 Grailbird + tweets.csv, early 2019 (root tweet.js with bare tweets), 2019-2022
 * (data/tweet.js, data/tweet_media/), 2022+ (data/tweets.js or tweets-part files, manifest,
 * note-tweet.js, deleted-tweets.js, data/tweets_media/). Numbers are strings as X writes them in
 * 2019+ archives; photos are real JPEGs, some with GPS EXIF.
 */
import { join } from 'node:path';
import type { Account, Media, Post } from '../../src/model.js';
import { openSource } from '../../src/importers/open-source.js';
import { twitterImporter } from '../../src/importers/twitter/index.js';
import type { Detection, ImportRecord } from '../../src/importers/types.js';
import { makeJpeg } from './jpeg.js';
import { writeFolder, writeZip, type ZipEntry } from './zip.js';

export type TwitterEraId = 'legacy-2012-2018' | 'ytd-2019-early' | 'ytd-2019-2022' | 'ytd-2022';

export interface TwitterArchiveOptions {
  as?: 'zip' | 'folder';
  /** Put everything inside one top-level folder ("twitter-2024-02-01-abc/"). */
  loneRoot?: string;
  /** 2022+: split the tweets over data/tweets.js and data/tweets-part1.js (listed in the manifest). */
  split?: boolean;
  /** Legacy: leave out the Grailbird month files so only tweets.csv holds the tweets. */
  csvOnly?: boolean;
}

export const HANDLE = 'drjane';
export const DISPLAY_NAME = 'Dr Jane Doe';
export const BIO = 'Consultant physician. Views my own &amp; not my employer\u2019s.';

/** Ids of the generated 2019+ tweets, named for what each one shows. */
export const IDS = {
  entities: '1690000000000000001',
  reply: '1690000000000000002',
  retweet: '1690000000000000003',
  quote: '1690000000000000004',
  photos: '1690000000000000005',
  missingPhoto: '1690000000000000006',
  video: '1690000000000000007',
  geo: '1690000000000000008',
  place: '1690000000000000009',
  long1: '1746000000000000011',
  long2: '1746000000000000012',
  oldYear: '1690000000000000013',
  noDate: '1690000000000000014',
  deleted1: '1590000000000000101',
  deleted2: '1590000000000000102',
  orphanMedia: '1690000000000000999',
  lonelyNote: '1630000000000000077',
} as const;

export const PHOTO_GPS = { lat: 51.501, lon: -0.1419 };

const source = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>';

/** A 2019+ tweet object with every number as a string, as real exports write it. */
function tweet(id: string, createdAt: string | null, fullText: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const t: Record<string, unknown> = {
    edit_info: { initial: { editTweetIds: [id], editableUntil: '2023-08-12T17:10:37.000Z', editsRemaining: '5', isEditEligible: false } },
    retweeted: false,
    source,
    entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
    display_text_range: ['0', String(fullText.length)],
    favorite_count: '3',
    id_str: id,
    truncated: false,
    retweet_count: '0',
    id,
    favorited: false,
    full_text: fullText,
    lang: 'en',
    ...extra,
  };
  if (createdAt !== null) t.created_at = createdAt;
  return t;
}

function photoEntity(tweetId: string, key: string, tco: string, mediaId: string): Record<string, unknown> {
  return {
    expanded_url: `https://twitter.com/${HANDLE}/status/${tweetId}/photo/1`,
    indices: ['30', '53'],
    url: tco,
    media_url: `http://pbs.twimg.com/media/${key}.jpg`,
    id_str: mediaId,
    id: mediaId,
    media_url_https: `https://pbs.twimg.com/media/${key}.jpg`,
    sizes: { large: { w: '32', h: '24', resize: 'fit' } },
    type: 'photo',
    display_url: `pic.twitter.com/${key}`,
  };
}

const LONG1 =
  'This is the first of two long posts written the same second about rota gaps on the acute medical unit and what we changed so that handover happens at a fixed time every evening. ' +
  'We also moved the board round earlier, published the rota six weeks ahead and protected teaching on Wednesdays. More at https://example.org/rota-story which has the detail.';
const LONG2 =
  'This is the second long post written in the same second, about the audit of sepsis screening and how the nurses led it from the front door to the ward, week after week. ' +
  'Screening rose from sixty to ninety percent in three months and stayed there after the pilot ended; thank you all.';

/** Cut a long post as X does in tweets.js: ~270 characters, "…", then its own t.co link. */
function cut(text: string, tco: string): string {
  return `${text.slice(0, 268)}… ${tco}`;
}

/** The 2019+ tweets: each shows one thing an importer must get right. */
export function ytdTweets(): Record<string, unknown>[] {
  return [
    tweet(IDS.entities, 'Sat Aug 12 16:10:37 +0000 2023', 'Clinic &amp; ward round &lt;done&gt; &quot;busy&quot; day, isn&#39;t it &#128512; &#x1F600;'),
    tweet(IDS.reply, 'Sun Aug 13 09:00:00 +0000 2023', '@patientdad Thanks, the leaflet is at https://t.co/LeafLet01', {
      in_reply_to_status_id_str: '1689000000000000000',
      in_reply_to_status_id: '1689000000000000000',
      in_reply_to_user_id_str: '42',
      in_reply_to_screen_name: 'patientdad',
      display_text_range: ['12', '61'],
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [{ name: 'Dad', screen_name: 'patientdad', indices: ['0', '11'], id_str: '42', id: '42' }],
        urls: [{ url: 'https://t.co/LeafLet01', expanded_url: 'https://www.nhs.uk/conditions/asthma/', display_url: 'nhs.uk/conditions/ast…', indices: ['38', '61'] }],
      },
    }),
    tweet(IDS.retweet, 'Mon Aug 14 10:00:00 +0000 2023', 'RT @NHSEngland: Flu jabs are open &amp; free for over-65s…', {
      lang: 'und',
      entities: { hashtags: [], symbols: [], urls: [], user_mentions: [{ name: 'NHS England', screen_name: 'NHSEngland', indices: ['3', '14'], id_str: '7', id: '7' }] },
    }),
    tweet(IDS.quote, 'Tue Aug 15 11:00:00 +0000 2023', 'Worth reading https://t.co/QuoteBmj1', {
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [],
        urls: [{ url: 'https://t.co/QuoteBmj1', expanded_url: 'https://twitter.com/bmj_latest/status/1400000000000000000', display_url: 'twitter.com/bmj_latest/sta…', indices: ['14', '37'] }],
      },
    }),
    tweet(IDS.photos, 'Wed Aug 16 19:30:00 +0000 2023', 'Sunset from the ward window https://t.co/PhotoLnk1', {
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [], media: [photoEntity(IDS.photos, 'F3aaPhotoOne', 'https://t.co/PhotoLnk1', '1690000000000000501')] },
      extended_entities: {
        media: [
          photoEntity(IDS.photos, 'F3aaPhotoOne', 'https://t.co/PhotoLnk1', '1690000000000000501'),
          photoEntity(IDS.photos, 'F3bbPhotoTwo', 'https://t.co/PhotoLnk1', '1690000000000000502'),
        ],
      },
    }),
    tweet(IDS.missingPhoto, 'Thu Aug 17 08:00:00 +0000 2023', 'Poster day https://t.co/PhotoLnk2', {
      extended_entities: { media: [photoEntity(IDS.missingPhoto, 'F3ccMissing', 'https://t.co/PhotoLnk2', '1690000000000000601')] },
    }),
    tweet(IDS.video, 'Fri Aug 18 08:00:00 +0000 2023', 'Rain https://t.co/VideoLnk1', {
      extended_entities: {
        media: [
          {
            expanded_url: `https://twitter.com/${HANDLE}/status/${IDS.video}/video/1`,
            url: 'https://t.co/VideoLnk1',
            media_url_https: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/VThumb.jpg',
            id_str: '1690000000000000700',
            type: 'video',
            video_info: {
              aspect_ratio: ['16', '9'],
              duration_millis: '4000',
              variants: [
                { content_type: 'application/x-mpegURL', url: 'https://video.twimg.com/ext_tw_video/1/pu/pl/Playlist.m3u8?tag=12' },
                { bitrate: '256000', content_type: 'video/mp4', url: 'https://video.twimg.com/ext_tw_video/1/pu/vid/480x270/SmallVid.mp4?tag=12' },
                { bitrate: '2176000', content_type: 'video/mp4', url: 'https://video.twimg.com/ext_tw_video/1/pu/vid/1280x720/BigVid.mp4?tag=12' },
              ],
            },
          },
        ],
      },
    }),
    tweet(IDS.geo, 'Sat Aug 19 12:00:00 +0000 2023', 'Lunch outside the hospital', {
      coordinates: { type: 'Point', coordinates: ['-0.1276', '51.5072'] },
      geo: { type: 'Point', coordinates: ['51.5072', '-0.1276'] },
      place: { full_name: 'London, England', bounding_box: { type: 'Polygon', coordinates: [[['-0.5', '51.3'], ['0.3', '51.3'], ['0.3', '51.7'], ['-0.5', '51.7']]] } },
    }),
    tweet(IDS.place, 'Sun Aug 20 12:00:00 +0000 2023', 'Conference day two', {
      place: {
        full_name: 'Manchester, England',
        country: 'United Kingdom',
        bounding_box: { type: 'Polygon', coordinates: [[[-2.3, 53.4], [-2.1, 53.4], [-2.1, 53.5], [-2.3, 53.5]]] },
      },
    }),
    // Two long posts in the same second (a thread burst): only the text prefix tells them apart.
    tweet(IDS.long1, 'Mon Jan 15 09:00:00 +0000 2024', `@colleague ${cut(LONG1, 'https://t.co/LongOne01')}`, {
      in_reply_to_status_id_str: '1745000000000000000',
      in_reply_to_screen_name: 'colleague',
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [{ name: 'C', screen_name: 'colleague', indices: ['0', '10'], id_str: '9', id: '9' }],
        urls: [{ url: 'https://t.co/LongOne01', expanded_url: `https://twitter.com/i/web/status/${IDS.long1}`, display_url: 'twitter.com/i/web/status/1…', indices: ['281', '304'] }],
      },
    }),
    tweet(IDS.long2, 'Mon Jan 15 09:00:00 +0000 2024', cut(LONG2, 'https://t.co/LongTwo02'), {
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [],
        urls: [{ url: 'https://t.co/LongTwo02', expanded_url: `https://twitter.com/i/web/status/${IDS.long2}`, display_url: 'twitter.com/i/web/status/1…', indices: ['270', '293'] }],
      },
    }),
    // HPI saw 2025 exports with a few tweets dated 1997/2003: skipped, and reported.
    tweet(IDS.oldYear, 'Wed Jan 01 00:00:00 +0000 2003', 'A bogus date'),
    tweet(IDS.noDate, null, 'No date at all'),
    { full_text: 'No id at all', created_at: 'Sat Aug 12 16:10:37 +0000 2023' },
  ];
}

/** Tweets that become posts (everything but the three broken ones). */
export const YTD_VALID_TWEETS = 11;
export const YTD_SKIPPED = 3;

export const NOTE_TEXTS = {
  long1: LONG1.replace('https://example.org/rota-story', 'https://t.co/NoteLnk01'),
  long2: LONG2,
  lonely: 'A long post whose tweet is not in this archive, kept as a post of its own. &amp; stays as typed.',
};
export const EXPECTED_LONG1 = LONG1;

function noteItem(id: string, createdAt: string, text: string, urls: unknown[] = []): unknown {
  return {
    noteTweet: {
      noteTweetId: id,
      updatedAt: createdAt,
      lifecycle: { value: '1', name: 'Active', originalName: 'Active', annotations: {} },
      createdAt,
      core: { styletags: [], urls, text, mentions: [], cashtags: [], hashtags: [] },
    },
  };
}

export function notes(): unknown[] {
  return [
    // Listed in the opposite order to the tweets, 13-31 ms before them, as in the real sample.
    noteItem('1745999999999999912', '2024-01-15T09:00:00.000Z', NOTE_TEXTS.long2),
    noteItem('1745999999999999911', '2024-01-15T09:00:00.000Z', NOTE_TEXTS.long1, [
      { expandedUrl: 'https://example.org/rota-story', toIndex: '0', shortUrl: 'https://t.co/NoteLnk01', displayUrl: 'example.org/rota-story', fromIndex: '0' },
    ]),
    noteItem(IDS.lonelyNote, '2023-03-03T10:00:00.000Z', NOTE_TEXTS.lonely),
  ];
}

export function deletedTweets(): Record<string, unknown>[] {
  return [
    tweet(IDS.deleted1, 'Mon Nov 07 02:02:03 +0000 2022', '@someone No, it\u2019s not', {
      in_reply_to_status_id_str: '1589000000000000000',
      in_reply_to_screen_name: 'someone',
      deleted_at: 'Mon Nov 07 14:30:47 +0000 2022',
    }),
    tweet(IDS.deleted2, 'Mon Aug 28 15:25:00 +0000 2017', 'RT @beep: well-known men writing CSS grid tutorials', { deleted_at: 'Tue Nov 15 22:29:10 +0000 2022' }),
  ];
}

const ytd = (global: string, items: unknown): string => `window.YTD.${global}.part0 = ${JSON.stringify(items, null, 2)}`;
const ytdPart = (global: string, n: number, items: unknown): string => `window.YTD.${global}.part${n} = ${JSON.stringify(items, null, 2)}`;

function accountFile(): string {
  return ytd('account', [
    { account: { email: 'jane@example.org', createdVia: 'web', username: HANDLE, accountId: '1000', createdAt: '2009-05-01T08:00:00.000Z', accountDisplayName: DISPLAY_NAME } },
  ]);
}

function profileFile(): string {
  return ytd('profile', [
    { profile: { description: { bio: BIO, website: 'https://t.co/Website01', location: 'London' }, avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1/a.jpg' } },
  ]);
}

/** Media files in a media folder: two photos (one with GPS EXIF), the video, and one orphan. */
function mediaFiles(dir: string): ZipEntry[] {
  return [
    { path: `${dir}/${IDS.photos}-F3aaPhotoOne.jpg`, data: makeJpeg({ seed: 3, gps: PHOTO_GPS, takenAt: '2023:08:16 19:29:00', make: 'Apple', model: 'iPhone 12' }) },
    { path: `${dir}/${IDS.photos}-F3bbPhotoTwo.jpg`, data: makeJpeg({ seed: 4 }) },
    { path: `${dir}/${IDS.video}-BigVid.mp4`, data: Buffer.from('\u0000\u0000\u0000\u0018ftypmp42 not a real video') },
    { path: `${dir}/${IDS.orphanMedia}-Orphan.jpg`, data: makeJpeg({ seed: 9 }) },
  ];
}
/** Media records expected from mediaFiles plus the missing photo named only by URL. */
export const YTD_MEDIA = 5;

function manifest(files: { tweets: string[] }): string {
  const entry = (fileName: string, i: number, type: string, count: string): unknown => ({ fileName, globalName: `YTD.${type}.part${i}`, count });
  return `window.__THAR_CONFIG = ${JSON.stringify(
    {
      userInfo: { accountId: '1000', userName: HANDLE, displayName: DISPLAY_NAME },
      archiveInfo: { sizeBytes: '123456', generationDate: '2024-02-01T10:00:00.123Z', isPartialArchive: false, maxPartSizeBytes: '53687091200' },
      readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
      dataTypes: {
        account: { files: [entry('data/account.js', 0, 'account', '1')] },
        deletedTweets: { mediaDirectory: 'data/deleted_tweets_media', files: [entry('data/deleted-tweets.js', 0, 'deleted_tweets', '2')] },
        noteTweet: { files: [entry('data/note-tweet.js', 0, 'note_tweet', '3')] },
        communityTweet: { mediaDirectory: 'data/community_tweet_media', files: [entry('data/community-tweet.js', 0, 'community_tweet', '0')] },
        profile: { files: [entry('data/profile.js', 0, 'profile', '1')] },
        tweets: { mediaDirectory: 'data/tweets_media', files: files.tweets.map((f, i) => entry(f, i, 'tweets', 'n')) },
        tweetsMedia: { mediaDirectory: 'data/tweets_media' },
      },
    },
    null,
    2,
  )}`;
}

function ytd2022(split: boolean): ZipEntry[] {
  const all = ytdTweets().map((t) => ({ tweet: t }));
  const tweetFiles: ZipEntry[] = split
    ? [
        { path: 'data/tweets.js', data: ytd('tweets', all.slice(0, 6)) },
        { path: 'data/tweets-part1.js', data: ytdPart('tweets', 1, all.slice(6)) },
      ]
    : [{ path: 'data/tweets.js', data: ytd('tweets', all) }];
  return [
    { path: 'Your archive.html', data: '<!doctype html><title>Your archive</title>' },
    { path: 'data/README.txt', data: 'Twitter archive' },
    { path: 'data/manifest.js', data: manifest({ tweets: tweetFiles.map((f) => f.path) }) },
    { path: 'data/account.js', data: accountFile() },
    { path: 'data/profile.js', data: profileFile() },
    ...tweetFiles,
    { path: 'data/note-tweet.js', data: ytd('note_tweet', notes()) },
    { path: 'data/deleted-tweets.js', data: ytd('deleted_tweets', deletedTweets().map((t) => ({ tweet: t }))) + ';' },
    { path: 'data/like.js', data: ytd('like', [{ like: { tweetId: '1', fullText: 'liked', expandedUrl: 'https://twitter.com/i/web/status/1' } }]) },
    ...mediaFiles('data/tweets_media'),
  ];
}

function ytd2019to2022(): ZipEntry[] {
  return [
    { path: 'Your archive.html', data: '<!doctype html><title>Your archive</title>' },
    { path: 'data/account.js', data: accountFile() },
    { path: 'data/profile.js', data: profileFile() },
    { path: 'data/tweet.js', data: ytd('tweet', ytdTweets().map((t) => ({ tweet: t }))) },
    ...mediaFiles('data/tweet_media'),
  ];
}

/** Early 2019: files at the root, tweets as bare objects (no { "tweet": ... } wrapper). */
function ytd2019early(): ZipEntry[] {
  return [
    { path: 'account.js', data: accountFile() },
    { path: 'profile.js', data: profileFile() },
    { path: 'follower.js', data: ytd('follower', [{ follower: { accountId: '5' } }]) },
    { path: 'tweet.js', data: ytd('tweet', ytdTweets()) },
    ...mediaFiles('tweet_media'),
  ];
}

// ---- legacy 2012-2018 -------------------------------------------------------------------------

export const LEGACY_IDS = {
  post: '660728070781931520',
  reply: '660637477624000517',
  retweet: '660546882494717952',
  photo: '650000000000000001',
  geo: '650000000000000002',
  oldYear: '650000000000000003',
} as const;

const legacyUser = { name: 'Jane Doe', screen_name: HANDLE, protected: false, id_str: '1000', id: 1000, verified: false };

function legacyTweet(id: string, createdAt: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source,
    entities: { user_mentions: [], media: [], hashtags: [], urls: [] },
    geo: {},
    id_str: id,
    text,
    id: Number(id),
    created_at: createdAt,
    user: legacyUser,
    ...extra,
  };
}

export function legacyTweets(): { month: string; tweets: Record<string, unknown>[] }[] {
  return [
    {
      month: '2015_11',
      tweets: [
        legacyTweet(LEGACY_IDS.post, '2015-11-01 08:00:22 +0000', 'Night shift &amp; coffee http://t.co/AbCdEf12', {
          entities: { user_mentions: [], media: [], hashtags: [], urls: [{ url: 'http://t.co/AbCdEf12', expanded_url: 'http://example.org/coffee', display_url: 'example.org/coffee', indices: [24, 44] }] },
        }),
        legacyTweet(LEGACY_IDS.reply, '2015-11-01 02:00:23 +0000', '@nurse_sam thanks for today', {
          in_reply_to_status_id_str: '660600000000000000',
          in_reply_to_user_id_str: '77',
          in_reply_to_screen_name: 'nurse_sam',
        }),
        legacyTweet(LEGACY_IDS.retweet, '2015-10-31 20:00:23 +0000', 'RT @bmj_latest: New guidance out today', {
          retweeted_status: legacyTweet('660500000000000000', '2015-10-31 19:00:00 +0000', 'New guidance out today'),
        }),
      ],
    },
    {
      month: '2014_08',
      tweets: [
        legacyTweet(LEGACY_IDS.photo, '2014-08-16 20:47:42 +0000', 'Jazz festival http://t.co/PhotoLeg1', {
          entities: {
            user_mentions: [],
            hashtags: [],
            urls: [],
            media: [
              {
                expanded_url: `http://twitter.com/${HANDLE}/status/${LEGACY_IDS.photo}/photo/1`,
                indices: [14, 36],
                url: 'http://t.co/PhotoLeg1',
                media_url: 'http://pbs.twimg.com/media/BvLegacy1.jpg',
                id_str: '650000000000000101',
                media_url_https: 'https://pbs.twimg.com/media/BvLegacy1.jpg',
                type: 'photo',
                display_url: 'pic.twitter.com/PhotoLeg1',
              },
            ],
          },
        }),
        legacyTweet(LEGACY_IDS.geo, '2014-08-17 10:00:00 +0000', 'Morning run by the river', {
          geo: { type: 'Point', coordinates: [45.52848497, -122.57943241] },
        }),
        legacyTweet(LEGACY_IDS.oldYear, '2003-01-01 00:00:00 +0000', 'bogus'),
      ],
    },
  ];
}

function legacyCsv(): string {
  const q = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const header = ['tweet_id', 'in_reply_to_status_id', 'in_reply_to_user_id', 'timestamp', 'source', 'text', 'retweeted_status_id', 'retweeted_status_user_id', 'retweeted_status_timestamp', 'expanded_urls'];
  const rows = [
    [LEGACY_IDS.post, '', '', '2015-11-01 08:00:22 +0000', source, 'Night shift &amp; coffee\n"strong" http://t.co/AbCdEf12', '', '', '', 'http://example.org/coffee'],
    [LEGACY_IDS.reply, '660600000000000000', '77', '2015-11-01 02:00:23 +0000', source, '@nurse_sam thanks for today', '', '', '', ''],
    [LEGACY_IDS.retweet, '', '', '2015-10-31 20:00:23 +0000', source, 'RT @bmj_latest: New guidance out today', '660500000000000000', '12', '2015-10-31 19:00:00 +0000', ''],
    ['650000000000000004', '', '', 'not a date', source, 'broken row', '', '', '', ''],
  ];
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
}

function legacy(csvOnly: boolean): ZipEntry[] {
  const months = legacyTweets();
  const entries: ZipEntry[] = [
    { path: 'tweets.csv', data: legacyCsv() },
    {
      path: 'data/js/user_details.js',
      data: `var user_details =  ${JSON.stringify({
        expanded_url: 'https://example.org/jane',
        screen_name: HANDLE,
        url: 'https://t.co/FddANMOnfp',
        full_name: DISPLAY_NAME,
        bio: 'GP in Leeds.',
        id: '1000',
        created_at: '2009-05-01 08:00:00 +0000',
      }, null, 2)}`,
    },
    { path: 'data/js/payload_details.js', data: 'var payload_details =  {\n  "tweets" : 6,\n  "created_at" : "2015-11-01 10:10:36 +0000",\n  "lang" : "en-gb"\n}' },
    { path: 'index.html', data: '<!doctype html><title>Your Twitter archive</title>' },
  ];
  if (!csvOnly) {
    entries.push({
      path: 'data/js/tweet_index.js',
      data: `var tweet_index =  ${JSON.stringify(months.map((m) => ({ file_name: `data/js/tweets/${m.month}.js`, var_name: `tweets_${m.month}`, tweet_count: m.tweets.length })), null, 2)}`,
    });
    for (const m of months) {
      entries.push({ path: `data/js/tweets/${m.month}.js`, data: `Grailbird.data.tweets_${m.month} = \n${JSON.stringify(m.tweets, null, 2)}` });
    }
  }
  return entries;
}

export function twitterEntries(era: TwitterEraId, opts: TwitterArchiveOptions = {}): ZipEntry[] {
  const entries =
    era === 'ytd-2022' ? ytd2022(opts.split ?? false) : era === 'ytd-2019-2022' ? ytd2019to2022() : era === 'ytd-2019-early' ? ytd2019early() : legacy(opts.csvOnly ?? false);
  return opts.loneRoot ? entries.map((e) => ({ ...e, path: `${opts.loneRoot}/${e.path}` })) : entries;
}

/** Write one archive of an era as a zip (default) or folder under `dir`; returns its path. */
export async function writeTwitterArchive(dir: string, name: string, era: TwitterEraId, opts: TwitterArchiveOptions = {}): Promise<string> {
  const entries = twitterEntries(era, opts);
  return opts.as === 'folder' ? writeFolder(join(dir, name), entries) : writeZip(join(dir, `${name}.zip`), entries);
}

// ---- reading back -----------------------------------------------------------------------------

/** Everything the X importer yields for one archive, sorted by kind, for assertions. */
export interface TwitterImport {
  detection: Detection;
  records: ImportRecord[];
  posts: Map<string, Post>;
  media: Media[];
  skipped: Extract<ImportRecord, { type: 'skipped' }>[];
  accounts: Account[];
  exportedAt: string[];
  entriesRead: string[];
}

export async function importTwitter(path: string, signal?: AbortSignal): Promise<TwitterImport> {
  const source = await openSource(path);
  try {
    const detection = twitterImporter.detect(source.entries);
    if (!detection) throw new Error(`${path} not detected as X/Twitter`);
    const entriesRead: string[] = [];
    const records: ImportRecord[] = [];
    for await (const r of twitterImporter.read(source, detection, { signal, onEntry: (p) => entriesRead.push(p) })) records.push(r);
    const posts = new Map<string, Post>();
    for (const r of records) if (r.type === 'post') posts.set(r.post.nativeId, r.post);
    return {
      detection,
      records,
      posts,
      media: records.flatMap((r) => (r.type === 'media' ? [r.media] : [])),
      skipped: records.flatMap((r) => (r.type === 'skipped' ? [r] : [])),
      accounts: records.flatMap((r) => (r.type === 'account' ? [r.account] : [])),
      exportedAt: records.flatMap((r) => (r.type === 'exportedAt' ? [r.date] : [])),
      entriesRead,
    };
  } finally {
    await source.close();
  }
}
