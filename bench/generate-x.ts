/**
 * A large X/Twitter archive in the real 2022+ layout for the import benchmark: tens of
 * thousands of tweets in data/tweets.js (pretty-printed, every number a string, as X writes it)
 * and ~1,500 JPEGs in data/tweets_media/, a third with EXIF GPS. Written once into .cache/bench.
 */
import { createWriteStream } from 'node:fs';
import yazl from 'yazl';
import { makeJpeg } from '../tests/generators/jpeg.js';

const WORDS =
  'journal club today on anticoagulation rota swap anyone free saturday great teaching session with the foundation doctors flu vaccine clinic open public health matters audit results presented conference poster accepted handover night shift coffee ward round guideline update sepsis screening reminder'.split(
    ' ',
  );

function sentence(i: number): string {
  const n = 8 + (i % 25);
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(WORDS[(i * 7 + k * 13) % WORDS.length]!);
  return out.join(' ');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's created_at form: "Sat Aug 12 16:10:37 +0000 2023". */
function twitterDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} +0000 ${d.getUTCFullYear()}`;
}

export interface GeneratedX {
  tweets: number;
  photos: number;
  bytes: number;
}

export async function generateLargeX(path: string, tweets = 40_000, photos = 1_500): Promise<GeneratedX> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
  });
  const start = Date.UTC(2012, 0, 1);
  const items: string[] = [];
  const photoEvery = Math.floor(tweets / photos);
  let photoCount = 0;
  for (let i = 0; i < tweets; i++) {
    const id = String(300000000000000000n + BigInt(i) * 7919n);
    const hasPhoto = i % photoEvery === 0 && photoCount < photos;
    const text = sentence(i) + (hasPhoto ? ' https://t.co/abc' + i : '');
    const media = hasPhoto
      ? `,
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/drbench/status/${id}/photo/1",
            "indices" : [ "${text.length - 21}", "${text.length}" ],
            "url" : "https://t.co/abc${i}",
            "media_url_https" : "https://pbs.twimg.com/media/P${i}.jpg",
            "id_str" : "${id}1",
            "type" : "photo"
          }
        ]
      }`
      : '';
    items.push(`  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "${id}" ], "editableUntil" : "2023-01-01T00:00:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "${text.length}" ],
      "favorite_count" : "${i % 17}",
      "id_str" : "${id}",
      "truncated" : false,
      "retweet_count" : "${i % 5}",
      "id" : "${id}",
      "created_at" : "${twitterDate(start + i * 3_600_000 * 2)}",
      "favorited" : false,
      "full_text" : "${text}",
      "lang" : "en"${media}
    }
  }`);
    if (hasPhoto) {
      const gps = photoCount % 3 === 0 ? { lat: 51 + (photoCount % 100) / 100, lon: -1 + (photoCount % 50) / 100 } : undefined;
      zip.addBuffer(makeJpeg({ seed: photoCount, gps, takenAt: '2019:05:01 10:00:00', make: 'Apple', model: 'iPhone 8', padBytes: 45_000 + (photoCount % 7) * 5_000 }), `data/tweets_media/${id}-P${i}.jpg`, { compress: false });
      photoCount++;
    }
  }
  zip.addBuffer(Buffer.from(`window.YTD.tweets.part0 = [\n${items.join(',\n')}\n]`), 'data/tweets.js');
  zip.addBuffer(
    Buffer.from(
      `window.YTD.account.part0 = [ { "account" : { "email" : "bench@example.org", "createdVia" : "web", "username" : "drbench", "accountId" : "1", "createdAt" : "2011-01-01T00:00:00.000Z", "accountDisplayName" : "Bench Doctor" } } ]`,
    ),
    'data/account.js',
  );
  zip.addBuffer(
    Buffer.from(
      `window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1", "userName" : "drbench", "displayName" : "Bench Doctor" }, "archiveInfo" : { "sizeBytes" : "0", "generationDate" : "2024-11-16T00:00:00.000Z", "isPartialArchive" : false, "maxPartSizeBytes" : "53687091200" }, "dataTypes" : { "tweets" : { "mediaDirectory" : "data/tweets_media", "files" : [ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "${tweets}" } ] } } }`,
    ),
    'data/manifest.js',
  );
  zip.end();
  await done;
  const { statSync } = await import('node:fs');
  return { tweets, photos: photoCount, bytes: statSync(path).size };
}
