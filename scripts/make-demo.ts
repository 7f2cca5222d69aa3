/**
 * Writes resources/demo/hindsight-demo-x.zip: a small, synthetic X/Twitter archive in the 2022+
 * layout (data/manifest.js, account.js, profile.js, tweets.js, tweets_media/) for an invented
 * doctor, "Dr Sam Example". Most posts are ordinary (journal club, rota, public health); a few
 * are there for the analysis passes to find: a patient anecdote with age, ward and time, an
 * undeclared pharma dinner, a photo whose EXIF carries GPS, and a tweet posted with coordinates.
 * No real person appears. The output is byte-for-byte reproducible (fixed dates, no randomness).
 *
 *   npx tsx scripts/make-demo.ts [out.zip]
 *
 * The X-archive builder is exported so tests can make larger archives of the same shape.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
// @ts-expect-error piexifjs ships no types
import piexif from 'piexifjs';
import yazl from 'yazl';

export const DEMO_PATH = 'resources/demo/hindsight-demo-x.zip';

/** Every entry gets this timestamp so the zip is the same bytes each time it is made. */
const FIXED_MTIME = new Date('2024-11-16T11:33:22Z');
/** X's snowflake epoch (2010-11-04T01:42:54.657Z): ids grow with time, as in a real archive. */
const TWEPOCH = 1288834974657n;

export interface DemoTweet {
  /** ISO date-time, UTC. */
  at: string;
  text: string;
  replyTo?: { id: string; handle: string };
  /** [lat, lon] the tweet was posted from. */
  coordinates?: [number, number];
  /** A photo attached to the tweet; `gps` is written into its EXIF. */
  photo?: { key: string; gps?: [number, number]; takenAt?: string; seed?: number };
  hashtags?: string[];
}

export interface XArchiveSpec {
  handle: string;
  displayName: string;
  accountId: string;
  createdAt: string;
  bio: string;
  website: string;
  location: string;
  generatedAt: string;
  tweets: DemoTweet[];
  /** Split tweets.js into tweets-partN.js files of this many tweets (default: one file). */
  partSize?: number;
}

export interface ZipEntry {
  path: string;
  data: Buffer | string;
}

/** A snowflake id for a time, with a sequence number to keep ids unique within a millisecond. */
export function snowflake(iso: string, seq = 0): string {
  return (((BigInt(Date.parse(iso)) - TWEPOCH) << 22n) | BigInt(seq & 0xfff)).toString();
}

/** X's created_at form: "Wed Oct 19 20:07:25 +0000 2022". */
function twitterDate(iso: string): string {
  const d = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function dms(deg: number): [number, number][] {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 100);
  return [
    [d, 1],
    [m, 1],
    [s, 100],
  ];
}

/** jpeg-js sets up its encoder tables on every call (~0.2 s); the pixels are cached per size and seed. */
const encoded = new Map<string, Buffer>();

function gradientJpeg(width: number, height: number, seed: number): Buffer {
  const key = `${width}x${height}:${seed}`;
  const hit = encoded.get(key);
  if (hit) return hit;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (120 + x * 2 + seed * 17) & 255;
      data[i + 1] = (140 + y * 2 + seed * 29) & 255;
      data[i + 2] = (180 + seed * 41) & 255;
      data[i + 3] = 255;
    }
  const bytes = jpeg.encode({ data, width, height }, 80).data as Buffer;
  encoded.set(key, bytes);
  return bytes;
}

/** A real, decodable JPEG (a soft colour gradient) with optional EXIF GPS, camera and date. */
export function demoJpeg(o: { gps?: [number, number]; takenAt?: string; seed?: number; width?: number; height?: number } = {}): Buffer {
  const plain = gradientJpeg(o.width ?? 64, o.height ?? 48, o.seed ?? 1);
  if (!o.gps && !o.takenAt) return plain;
  const zeroth: Record<number, unknown> = { [piexif.ImageIFD.Make]: 'DemoPhone', [piexif.ImageIFD.Model]: 'DemoPhone 12' };
  const exif: Record<number, unknown> = {};
  const gps: Record<number, unknown> = {};
  if (o.takenAt) exif[piexif.ExifIFD.DateTimeOriginal] = o.takenAt;
  if (o.gps) {
    const [lat, lon] = o.gps;
    gps[piexif.GPSIFD.GPSLatitudeRef] = lat >= 0 ? 'N' : 'S';
    gps[piexif.GPSIFD.GPSLatitude] = dms(lat);
    gps[piexif.GPSIFD.GPSLongitudeRef] = lon >= 0 ? 'E' : 'W';
    gps[piexif.GPSIFD.GPSLongitude] = dms(lon);
  }
  const app1 = piexif.dump({ '0th': zeroth, Exif: exif, GPS: gps }) as string;
  return Buffer.from(piexif.insert(app1, plain.toString('binary')) as string, 'binary');
}

function tweetObject(t: DemoTweet, id: string, handle: string): Record<string, unknown> {
  let text = t.text;
  const media: Record<string, unknown>[] = [];
  if (t.photo) {
    const short = `https://t.co/${t.photo.key.slice(0, 10).padEnd(10, 'x')}`;
    const start = text.length + 1;
    text = `${text} ${short}`;
    media.push({
      expanded_url: `https://twitter.com/${handle}/status/${id}/photo/1`,
      indices: [String(start), String(text.length)],
      url: short,
      media_url: `http://pbs.twimg.com/media/${t.photo.key}.jpg`,
      id_str: snowflake(t.at, 1),
      id: snowflake(t.at, 1),
      media_url_https: `https://pbs.twimg.com/media/${t.photo.key}.jpg`,
      sizes: { large: { w: '64', h: '48', resize: 'fit' } },
      type: 'photo',
      display_url: `pic.twitter.com/${t.photo.key}`,
    });
  }
  const hashtags = (t.hashtags ?? []).map((h) => {
    const at = text.indexOf(`#${h}`);
    return { text: h, indices: [String(at), String(at + h.length + 1)] };
  });
  const tweet: Record<string, unknown> = {
    edit_info: { initial: { editTweetIds: [id], editableUntil: new Date(Date.parse(t.at) + 3_600_000).toISOString(), editsRemaining: '5', isEditEligible: false } },
    retweeted: false,
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    entities: {
      hashtags,
      symbols: [],
      user_mentions: t.replyTo ? [{ name: t.replyTo.handle, screen_name: t.replyTo.handle, indices: ['0', String(t.replyTo.handle.length + 1)], id_str: '100000001', id: '100000001' }] : [],
      urls: [],
      ...(media.length ? { media } : {}),
    },
    display_text_range: ['0', String(t.photo ? text.lastIndexOf(' https://t.co/') : text.length)],
    favorite_count: String((Number(id.slice(-3)) % 37) + 1),
    id_str: id,
    truncated: false,
    retweet_count: String(Number(id.slice(-2)) % 7),
    id,
    created_at: twitterDate(t.at),
    favorited: false,
    full_text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    lang: 'en',
  };
  if (media.length) tweet.extended_entities = { media };
  if (t.replyTo) {
    Object.assign(tweet, {
      in_reply_to_status_id_str: t.replyTo.id,
      in_reply_to_status_id: t.replyTo.id,
      in_reply_to_user_id: '100000001',
      in_reply_to_user_id_str: '100000001',
      in_reply_to_screen_name: t.replyTo.handle,
    });
  }
  if (t.coordinates) {
    const [lat, lon] = t.coordinates;
    tweet.coordinates = { type: 'Point', coordinates: [String(lon), String(lat)] };
    tweet.geo = { type: 'Point', coordinates: [String(lat), String(lon)] };
  }
  return tweet;
}

/** `window.YTD.<name>.partN = [...]`, 2-space pretty-printed like the real exports. */
function ytd(global: string, items: unknown[]): string {
  return `window.YTD.${global} = ${JSON.stringify(items, null, 2).replace(/": /g, '" : ')}`;
}

/** Every entry of a 2022+ X archive for the spec, newest tweet first as X writes them. */
export function buildXArchive(spec: XArchiveSpec): ZipEntry[] {
  const sorted = [...spec.tweets].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const seen = new Map<string, number>();
  const withIds = sorted.map((t) => {
    const n = seen.get(t.at) ?? 0;
    seen.set(t.at, n + 1);
    return { t, id: snowflake(t.at, n * 2) };
  });
  const partSize = spec.partSize ?? Math.max(1, withIds.length);
  const parts: { file: string; global: string; items: unknown[] }[] = [];
  for (let i = 0; i < withIds.length; i += partSize) {
    const n = parts.length;
    parts.push({
      file: n === 0 ? 'data/tweets.js' : `data/tweets-part${n}.js`,
      global: `tweets.part${n}`,
      items: withIds.slice(i, i + partSize).map(({ t, id }) => ({ tweet: tweetObject(t, id, spec.handle) })),
    });
  }
  const manifest = {
    userInfo: { accountId: spec.accountId, userName: spec.handle, displayName: spec.displayName },
    archiveInfo: { sizeBytes: '0', generationDate: spec.generatedAt, isPartialArchive: false, maxPartSizeBytes: '53687091200' },
    readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
    dataTypes: {
      account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
      profile: { files: [{ fileName: 'data/profile.js', globalName: 'YTD.profile.part0', count: '1' }] },
      tweets: {
        mediaDirectory: 'data/tweets_media',
        files: parts.map((p) => ({ fileName: p.file, globalName: `YTD.${p.global}`, count: String(p.items.length) })),
      },
      tweetsMedia: { mediaDirectory: 'data/tweets_media' },
    },
  };
  const entries: ZipEntry[] = [
    { path: 'data/manifest.js', data: `window.__THAR_CONFIG = ${JSON.stringify(manifest, null, 2).replace(/": /g, '" : ')}` },
    {
      path: 'data/account.js',
      data: ytd('account.part0', [
        { account: { createdVia: 'web', username: spec.handle, accountId: spec.accountId, createdAt: spec.createdAt, accountDisplayName: spec.displayName } },
      ]),
    },
    {
      path: 'data/profile.js',
      data: ytd('profile.part0', [{ profile: { description: { bio: spec.bio, website: spec.website, location: spec.location } } }]),
    },
    ...parts.map((p) => ({ path: p.file, data: ytd(p.global, p.items) })),
    { path: 'data/README.txt', data: 'A synthetic archive made by Hindsight for its demo. No real person appears in it.\n' },
  ];
  for (const { t, id } of withIds) {
    if (!t.photo) continue;
    const takenAt = t.photo.takenAt ?? t.at.slice(0, 19).replace(/-/g, ':').replace('T', ' ');
    entries.push({ path: `data/tweets_media/${id}-${t.photo.key}.jpg`, data: demoJpeg({ gps: t.photo.gps, takenAt, seed: t.photo.seed }) });
  }
  return entries;
}

export async function writeZipFile(path: string, entries: ZipEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    zip.addBuffer(data, e.path, { mtime: FIXED_MTIME, mode: 0o100644 });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat(chunks));
}

const HANDLE = 'DrSamExample';

/** The demo's posts: ordinary ones, and the few the passes should flag (marked FLAG). */
export const DEMO_TWEETS: DemoTweet[] = [
  { at: '2016-02-03T19:12:00Z', text: 'First day as an FY1 done. Survived the bleep, mostly thanks to a very patient ward sister. Bed now.' },
  { at: '2016-04-18T08:05:00Z', text: 'Reminder that hand hygiene audits are not a personal attack. Gel in, gel out. #handhygiene', hashtags: ['handhygiene'] },
  { at: '2016-09-07T21:40:00Z', text: 'Journal club tomorrow: the new sepsis screening paper. Bring questions, and biscuits if you love me.' },
  { at: '2017-01-11T12:30:00Z', text: 'Flu jab done, took 90 seconds. If you work in healthcare, please get yours this week. #flu', hashtags: ['flu'] },
  { at: '2017-03-22T17:15:00Z', text: 'Rota for April is out. Four nights over Easter. I will be fuelled entirely by toast.' },
  { at: '2017-06-01T07:45:00Z', text: 'Teaching the new medical students how to take a history today. Best part of the job.' },
  { at: '2017-10-14T15:00:00Z', text: 'Great talk on antimicrobial stewardship at grand round. Shorter courses, fewer side effects, less resistance. #AMR', hashtags: ['AMR'] },
  // FLAG (patient): an individual patient with age, ward, time and occupation.
  {
    at: '2018-01-27T06:20:00Z',
    text: 'Long night on Ward 7B. Admitted an 84-year-old retired farmer at 3am with a massive GI bleed, his wife held his hand through the whole scope. Humbling.',
  },
  { at: '2018-03-09T20:10:00Z', text: 'Passed MRCP part 1! Thank you to everyone who quizzed me in the mess at 2am.' },
  { at: '2018-05-16T11:00:00Z', text: 'Heatwave this week: check on older neighbours, keep curtains shut in the day, drink water. #publichealth', hashtags: ['publichealth'] },
  { at: '2018-08-01T09:00:00Z', text: 'Changeover day. To every new F1 starting today: ask for help early, nobody expects you to know everything.' },
  { at: '2018-11-20T18:30:00Z', text: 'Journal club this week: does early mobilisation after hip fracture surgery cut delirium? Spoiler: probably yes.' },
  // FLAG (interest): an undeclared pharma dinner thank-you.
  {
    at: '2019-02-12T22:45:00Z',
    text: 'Huge thanks to Pfizer UK for a lovely dinner last night and a great talk on their new lipid-lowering drug. Spoiled rotten! #grateful',
    hashtags: ['grateful'],
  },
  { at: '2019-04-02T13:00:00Z', text: 'Quick reminder that the practice will be closed Friday for staff training. Online services still work.' },
  { at: '2019-06-24T16:20:00Z', text: 'Ran the hospital 5k for the children\'s ward charity. Slow, but I finished.' },
  // FLAG (geotag, EXIF): a photo whose EXIF places it to a few metres.
  {
    at: '2019-09-13T12:05:00Z',
    text: 'The new rota has been pinned up in the doctors\' mess. Who swapped my Christmas nights?!',
    photo: { key: 'demo', gps: [53.80754, -1.55262], seed: 3 },
  },
  { at: '2019-11-05T19:00:00Z', text: 'Bonfire night: every year we see burns from sparklers. Gloves on, bucket of water nearby, please.' },
  { at: '2020-01-15T08:30:00Z', text: 'Registrar interviews done. Now the long wait.' },
  { at: '2020-03-23T21:00:00Z', text: 'Stay home if you can. Wash your hands. Look after each other. #COVID19', hashtags: ['COVID19'] },
  { at: '2020-04-10T07:10:00Z', text: 'Thank you to the café downstairs for the free coffee for staff this week. It means a lot.' },
  { at: '2020-05-28T18:45:00Z', text: 'Masks, distance, ventilation. Boring advice, but it works.' },
  { at: '2020-08-03T12:00:00Z', text: 'Started as a registrar today. New hospital, new lanyard, same coffee.' },
  { at: '2020-10-19T20:30:00Z', text: 'Journal club: we looked at dexamethasone in severe COVID. Lovely example of a fast, well-run pragmatic trial.' },
  { at: '2021-01-08T17:00:00Z', text: 'Vaccinated today. Sore arm, full heart. Book yours when you are invited. #vaccine', hashtags: ['vaccine'] },
  { at: '2021-03-14T10:00:00Z', text: 'Happy Mother\'s Day to all the mums working a shift today.' },
  { at: '2021-06-30T19:20:00Z', text: 'Rota coordinators are the unsung heroes of the NHS. Thank you for untangling my leave request.' },
  // FLAG (geotag, coordinates): a tweet posted with exact coordinates.
  {
    at: '2021-09-04T09:30:00Z',
    text: 'Morning run along the canal before a weekend of on-calls. Glorious.',
    coordinates: [53.79412, -1.56371],
  },
  { at: '2021-11-11T11:00:00Z', text: 'Two minutes\' silence on the ward today. Thinking of the medics who served.' },
  { at: '2022-01-20T08:00:00Z', text: 'Teaching session today on reading chest X-rays: airway, breathing, cardiac, diaphragm, everything else.' },
  { at: '2022-03-07T21:15:00Z', text: 'Journal club: a systematic review of deprescribing in frailty. Fewer pills, same or better outcomes.' },
  { at: '2022-05-12T12:40:00Z', text: 'International Nurses Day. We would be lost without you. Thank you.' },
  {
    at: '2022-07-19T15:00:00Z',
    text: 'Hot again this week. Older people and those on diuretics are at real risk: water, shade, check in on them. #heatwave',
    hashtags: ['heatwave'],
  },
  { at: '2022-09-01T18:00:00Z', text: 'Exam season is over for me, forever, I hope. Thank you all for the support.' },
  { at: '2022-11-23T10:30:00Z', text: 'Winter is coming for the NHS: flu and COVID boosters are open to all eligible staff. Please book.' },
  { at: '2023-02-14T19:00:00Z', text: 'Journal club tonight: blood pressure targets in the over-80s. Good discussion, no consensus.' },
  { at: '2023-05-09T08:15:00Z', text: 'New rota software went live today. Nobody knows how it works. Including the rota.' },
  { at: '2023-08-02T07:30:00Z', text: 'Welcome to all the new doctors starting this week. Eat, drink, sleep, and ask for help.' },
  { at: '2023-10-27T17:45:00Z', text: 'Clocks go back this weekend. Extra hour in bed unless you are on nights, sorry night team.' },
  { at: '2024-01-16T20:00:00Z', text: 'Started a new quality improvement project on discharge letters. Aim: shorter, clearer, on time.' },
  { at: '2024-04-30T12:00:00Z', text: 'Journal club: an RCT of text-message reminders for statin adherence. Small effect, cheap intervention.' },
  { at: '2024-09-18T18:20:00Z', text: 'Eight years on this site. Still learning every week. Thank you for the conversations.' },
];

export const DEMO_SPEC: XArchiveSpec = {
  handle: HANDLE,
  displayName: 'Dr Sam Example',
  accountId: '700000000000000001',
  createdAt: '2016-01-30T10:00:00.000Z',
  bio: 'Doctor in general medicine. Journal club, rotas and public health. Views my own. (A synthetic account for the Hindsight demo.)',
  website: '',
  location: 'Yorkshire, UK',
  generatedAt: '2024-11-16T11:33:22.222Z',
  tweets: DEMO_TWEETS,
};

export async function makeDemo(out = DEMO_PATH): Promise<string> {
  const path = resolve(out);
  await writeZipFile(path, buildXArchive(DEMO_SPEC));
  return path;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  makeDemo(process.argv[2]).then(
    (path) => console.log(`Wrote ${path}`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
