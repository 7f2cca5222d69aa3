/**
 * Turns labelled records into real-format export archives (FORMATS.md): X 2022+ `data/tweets.js`
 * with account, profile and `data/tweets_media`; Facebook 2024 JSON with mojibake escapes; and
 * LinkedIn `Shares.csv` + `Profile.csv`. The eval then imports them through the real service.
 */
import { makeJpeg } from '../tests/generators/jpeg.js';
import { writeZip, type ZipEntry } from '../tests/generators/zip.js';
import type { LabelledAccount } from './dataset/accounts.js';
import type { GeoCase } from './dataset/geo.js';

export interface ArchivePost {
  text: string;
  photo?: GeoCase['photo'];
  coordinates?: GeoCase['coordinates'];
  place?: GeoCase['place'];
  checkIn?: GeoCase['checkIn'];
}

let idSeq = 1_300_000_000_000_000_000n;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function twitterDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function ytd(type: string, items: unknown[]): string {
  return `window.YTD.${type}.part0 = ${JSON.stringify(items, null, 2)}`;
}

function when(i: number): Date {
  return new Date(Date.UTC(2013, 0, 1) + i * 86_400_000 * 1.7);
}

export async function writeTwitterArchive(path: string, acct: LabelledAccount, posts: ArchivePost[]): Promise<string> {
  const tweets: unknown[] = [];
  const media: ZipEntry[] = [];
  posts.forEach((p, i) => {
    const id = String(idSeq++);
    const t: Record<string, unknown> = {
      edit_info: { initial: { editTweetIds: [id], editableUntil: '2023-01-01T00:00:00.000Z', editsRemaining: '5', isEditEligible: false } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String(p.text.length)],
      favorite_count: '2',
      id_str: id,
      truncated: false,
      retweet_count: '0',
      id,
      favorited: false,
      full_text: htmlEscape(p.text),
      lang: 'en',
      created_at: twitterDate(when(i)),
    };
    if (p.photo) {
      const key = `Ev${id.slice(-8)}`;
      const tco = `https://t.co/${key}`;
      t.full_text = `${t.full_text} ${tco}`;
      const m = {
        expanded_url: `https://twitter.com/${acct.handle}/status/${id}/photo/1`,
        indices: [String(p.text.length + 1), String(p.text.length + 1 + tco.length)],
        url: tco,
        media_url: `http://pbs.twimg.com/media/${key}.jpg`,
        id_str: id,
        id,
        media_url_https: `https://pbs.twimg.com/media/${key}.jpg`,
        sizes: { large: { w: '32', h: '24', resize: 'fit' } },
        type: 'photo',
        display_url: `pic.twitter.com/${key}`,
      };
      t.entities = { ...(t.entities as object), media: [m] };
      t.extended_entities = { media: [m] };
      media.push({ path: `data/tweets_media/${id}-${key}.jpg`, data: makeJpeg({ seed: i, gps: p.photo.gps, takenAt: '2019:06:01 12:00:00', make: 'Apple', model: 'iPhone 11' }) });
    }
    if (p.coordinates) {
      t.coordinates = { type: 'Point', coordinates: [String(p.coordinates.lon), String(p.coordinates.lat)] };
      t.geo = { type: 'Point', coordinates: [String(p.coordinates.lat), String(p.coordinates.lon)] };
    }
    if (p.place) {
      const b = p.place.box;
      t.place = {
        full_name: p.place.name,
        name: p.place.name.split(',')[0],
        country: 'United Kingdom',
        place_type: 'city',
        ...(b ? { bounding_box: { type: 'Polygon', coordinates: [[[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]]] } } : {}),
      };
    }
    tweets.push({ tweet: t });
  });
  const entries: ZipEntry[] = [
    { path: 'Your archive.html', data: '<!doctype html><title>Your archive</title>' },
    {
      path: 'data/manifest.js',
      data: `window.__THAR_CONFIG = ${JSON.stringify({
        userInfo: { accountId: '42', userName: acct.handle, displayName: acct.displayName },
        archiveInfo: { sizeBytes: '1000', generationDate: '2024-02-01T10:00:00.000Z', isPartialArchive: false, maxPartSizeBytes: '53687091200' },
        dataTypes: {
          account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
          profile: { files: [{ fileName: 'data/profile.js', globalName: 'YTD.profile.part0', count: '1' }] },
          tweets: { mediaDirectory: 'data/tweets_media', files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: String(tweets.length) }] },
        },
      }, null, 2)}`,
    },
    { path: 'data/account.js', data: ytd('account', [{ account: { email: 'x@example.org', createdVia: 'web', username: acct.handle, accountId: '42', createdAt: '2010-01-01T00:00:00.000Z', accountDisplayName: acct.displayName } }]) },
    { path: 'data/profile.js', data: ytd('profile', [{ profile: { description: { bio: acct.bio, website: '', location: '' }, avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1/a.jpg' } }]) },
    { path: 'data/tweets.js', data: ytd('tweets', tweets) },
    ...media,
  ];
  return writeZip(path, entries);
}

/** Facebook writes every non-ASCII character as its UTF-8 bytes in \u00XX escapes. */
function facebookJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\x00-\x7f]/gu, (ch) => [...Buffer.from(ch, 'utf8')].map((b) => `\\u00${b.toString(16).padStart(2, '0')}`).join(''));
}

export async function writeFacebookArchive(path: string, acct: LabelledAccount, posts: ArchivePost[]): Promise<string> {
  const base = 'your_facebook_activity/posts';
  const media: ZipEntry[] = [];
  const items = posts.map((p, i) => {
    const ts = Math.floor(when(i).getTime() / 1000);
    const attachments: unknown[] = [];
    if (p.photo) {
      const uri = `${base}/media/TimelinePhotos_${acct.handle.replace(/\W/g, "")}${i}/${100 + i}_${200 + i}_${300 + i}_n_1015${String(i).padStart(11, '0')}.jpg`;
      const exif: Record<string, unknown> = { upload_ip: '192.0.2.1', taken_timestamp: ts - 60, camera_make: 'Apple', camera_model: 'iPhone X' };
      if (p.photo.gps) Object.assign(exif, { latitude: p.photo.gps.lat, longitude: p.photo.gps.lon });
      attachments.push({ data: [{ media: { uri, creation_timestamp: ts, media_metadata: { photo_metadata: { exif_data: [exif] } }, title: 'Timeline Photos', description: p.text } }] });
      media.push({ path: uri, data: makeJpeg({ seed: 50 + i }) });
    }
    if (p.checkIn) {
      const place: Record<string, unknown> = { name: p.checkIn.name, address: 'High Street', url: 'https://www.facebook.com/pages/x' };
      if (p.checkIn.lat !== undefined) place.coordinate = { latitude: p.checkIn.lat, longitude: p.checkIn.lon };
      attachments.push({ data: [{ place }] });
    }
    return {
      timestamp: ts,
      ...(attachments.length ? { attachments } : {}),
      data: [{ post: p.text }, { update_timestamp: ts + 10 }, {}],
      title: p.checkIn ? `${acct.displayName} was at ${p.checkIn.name}.` : p.photo ? `${acct.displayName} added a new photo.` : `${acct.displayName} updated their status.`,
    };
  });
  const profile = { profile_v2: { name: { full_name: acct.displayName, first_name: acct.first ?? '', middle_name: '', last_name: acct.last ?? '' }, username: acct.handle, registration_timestamp: 1262304000, ...(acct.bio ? { intro_bio: acct.bio } : {}) } };
  return writeZip(path, [
    { path: `${base}/your_posts__check_ins__photos_and_videos_1.json`, data: facebookJson(items) },
    { path: 'personal_information/profile_information/profile_information.json', data: facebookJson(profile) },
    ...media,
  ]);
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function writeLinkedInArchive(path: string, acct: LabelledAccount, posts: ArchivePost[]): Promise<string> {
  const rows = posts.map((p, i) => {
    const d = when(i).toISOString().replace('T', ' ').slice(0, 19);
    const link = `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${String(idSeq++)}`;
    return [d, link, csvCell(p.text), '', '', 'PUBLIC'].join(',');
  });
  const shares = '\ufeff' + ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', ...rows].join('\r\n') + '\r\n';
  const profile = [
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    [acct.first ?? '', acct.last ?? '', '', '', '', csvCell(acct.bio), '', 'Hospitals and Health Care', '', csvCell('Leeds, England, United Kingdom'), '', '', ''].join(','),
  ].join('\n');
  const positions = ['Company Name,Title,Description,Location,Started On,Finished On', 'Some NHS Trust,Doctor,,"Leeds, England",Aug 2019,'].join('\n');
  return writeZip(path, [
    { path: 'Shares.csv', data: shares },
    { path: 'Profile.csv', data: profile },
    { path: 'Positions.csv', data: positions },
  ]);
}
