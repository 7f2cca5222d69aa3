/**
 * Facebook "Download your information" (JSON) archives of every layout, written by code.
 * Strings are written the way Facebook writes them: the UTF-8 bytes of the text, one `\u00XX`
 * escape per byte (FORMATS.md 2.5), so "café" appears in the file as `caf\u00c3\u00a9`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSource } from '../../src/importers/open-source.js';
import { detectArchive } from '../../src/importers/detect.js';
import type { Detection, ImportRecord } from '../../src/importers/types.js';
import { makeJpeg } from './jpeg.js';
import type { ZipEntry } from './zip.js';

export type FacebookLayoutId = 'json-2019' | 'json-2022' | 'json-2024';

/** JSON text with every non-ASCII character written as its UTF-8 bytes in \u00XX escapes (Facebook's mojibake). */
export function facebookJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\x00-\x7f]/gu, (ch) =>
    [...Buffer.from(ch, 'utf8')].map((b) => `\\u00${b.toString(16).padStart(2, '0')}`).join(''),
  );
}

/** Where each layout keeps its files (FORMATS.md 2.1). */
const PATHS: Record<FacebookLayoutId, { posts: (n: number) => string; album: string; media: string; comments: string; profile: string; other: string | null }> = {
  'json-2019': {
    posts: (n) => `posts/your_posts_${n}.json`,
    album: 'photos_and_videos/album/0.json',
    media: 'photos_and_videos/TimelinePhotos_x7Kq2',
    comments: 'comments/comments.json',
    profile: 'profile_information/profile_information.json',
    other: null,
  },
  'json-2022': {
    posts: (n) => `your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_${n}.json`,
    album: 'your_activity_across_facebook/posts/album/0.json',
    media: 'your_activity_across_facebook/posts/media/TimelinePhotos_x7Kq2',
    comments: 'your_activity_across_facebook/comments_and_reactions/comments.json',
    profile: 'personal_information/profile_information/profile_information.json',
    other: null,
  },
  'json-2024': {
    posts: (n) => `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_${n}.json`,
    album: 'your_facebook_activity/posts/album/0.json',
    media: 'your_facebook_activity/posts/media/TimelinePhotos_x7Kq2',
    comments: 'your_facebook_activity/comments_and_reactions/comments.json',
    profile: 'personal_information/profile_information/profile_information.json',
    other: 'your_facebook_activity/posts/posts_on_other_pages_and_profiles.json',
  },
};

export const FB_GPS = { lat: 51.4995, lon: -0.1248 };
export const FB_CHECKIN = { lat: 51.498, lon: -0.1187 };
export const FB_LOOSE_GPS = { lat: 53.4808, lon: -2.2426 };

/** What each generated Facebook archive holds; the 2024 layout adds one post on someone else's timeline. */
export function facebookExpected(layout: FacebookLayoutId): { posts: number; comments: number; media: number; skipped: number } {
  const other = layout === 'json-2024' ? 1 : 0;
  return {
    // The duplicated item is yielded once.
    posts: 7 + other,
    comments: 2,
    // Post photo, corrupt photo, video, loose album photo, comment photo.
    media: 5,
    // The comment that kept only its title.
    skipped: 1,
  };
}

export function facebookEntries(layout: FacebookLayoutId): ZipEntry[] {
  const p = PATHS[layout];
  const photo = `${p.media}/101_202_303_n_10150000000000001.jpg`;
  const corrupt = `${p.media}/104_205_306_n_10150000000000004.jpg`;
  const video = `${p.media.replace(/[^/]+$/, 'videos')}/555_666_n_10150000000000005.mp4`;
  const loose = `${p.media}/107_208_309_n_10150000000000007.jpg`;
  const commentPhoto = `${p.media}/110_211_312_n_10150000000000010.jpg`;
  const photoMedia = {
    uri: photo,
    creation_timestamp: 1546300800,
    media_metadata: {
      photo_metadata: {
        exif_data: [
          {
            upload_ip: '2001:db8::1',
            taken_timestamp: 1546290000,
            latitude: FB_GPS.lat,
            longitude: FB_GPS.lon,
            camera_make: 'Apple',
            camera_model: 'iPhone X',
            iso: 50,
            f_stop: '4108852045/1431655765',
          },
        ],
      },
    },
    title: 'Timeline Photos',
    description: 'Lovely café lunch after clinic 😂',
  };
  const post1 = {
    timestamp: 1546300800,
    attachments: [{ data: [{ media: photoMedia }] }],
    data: [{ post: 'Lovely café lunch after clinic 😂' }, { update_timestamp: 1546300900 }, {}, {}],
    title: 'Zoë Ångström added a new photo.',
  };
  const posts1 = [
    post1,
    {
      timestamp: 1546387200,
      attachments: [
        {
          data: [
            {
              place: {
                name: 'St Thomas’ Hospital',
                coordinate: { latitude: FB_CHECKIN.lat, longitude: FB_CHECKIN.lon },
                address: 'Westminster Bridge Rd, London',
                url: 'https://www.facebook.com/StThomasHospital',
              },
            },
          ],
        },
      ],
      data: [{ post: 'Long night on call.' }],
      title: 'Zoë Ångström was at St Thomas’ Hospital.',
      tags: [{ name: 'A Friend' }],
    },
    {
      timestamp: 1546473600,
      attachments: [{ data: [{ place: { name: 'Bristol Royal Infirmary', address: 'Upper Maudlin St' } }] }],
      data: [{ post: 'Teaching day.' }],
      title: 'Zoë Ångström was at Bristol Royal Infirmary.',
    },
    {
      timestamp: 1546560000,
      attachments: [
        {
          data: [
            {
              media: {
                uri: corrupt,
                creation_timestamp: 1546560000,
                media_metadata: { photo_metadata: { exif_data: [{ upload_ip: '192.0.2.7', latitude: 0, longitude: 0 }] } },
                title: 'Mobile Uploads',
              },
            },
          ],
        },
      ],
      data: [],
      title: 'Zoë Ångström added a new photo.',
    },
    {
      timestamp: 1546646400,
      attachments: [{ data: [{ external_context: { url: 'https://example.org/guideline' } }] }],
      data: [{}],
    },
    // Facebook 2024-2025 files repeat some posts verbatim; both copies get one id.
    post1,
  ];
  const posts2 = [
    {
      // Decomposed Vietnamese (e + U+0302 + U+0301): must come out NFC.
      timestamp: 1546732800,
      data: [{ post: 'Tie\u0302\u0301ng Vie\u0323\u0302t' }],
      title: '',
    },
    {
      timestamp: 1546819200,
      attachments: [
        {
          data: [
            {
              media: {
                uri: video,
                creation_timestamp: 1546819200,
                media_metadata: { video_metadata: { exif_data: [{ upload_ip: '192.0.2.8', upload_timestamp: 1546819200 }] } },
                thumbnail: { uri: 'https://scontent.xx.fbcdn.net/thumb.jpg' },
              },
            },
          ],
        },
      ],
      data: [{ post: 'Ward round video' }],
    },
  ];
  const album = {
    name: 'Timeline Photos',
    photos: [
      photoMedia,
      { uri: loose, creation_timestamp: 1546900000, media_metadata: { photo_metadata: { exif_data: [{ upload_ip: '192.0.2.9' }] } }, title: 'Timeline Photos' },
    ],
    cover_photo: photoMedia,
    last_modified_timestamp: 1546900000,
  };
  const commentItems = [
    {
      timestamp: 1547000000,
      data: [{ comment: { timestamp: 1547000000, comment: 'Très bien, merci! 👍', author: 'Zoë Ångström' } }],
      title: "Zoë Ångström commented on Sam Smith's post.",
    },
    // Kept only its title (FORMATS.md 2.3).
    { timestamp: 1547100000, title: "Zoë Ångström commented on Sam Smith's photo." },
    {
      timestamp: 1547200000,
      attachments: [{ data: [{ media: { uri: commentPhoto, creation_timestamp: 1547200000 } }] }],
      data: [{ comment: { timestamp: 1547200000, comment: 'Look at this', author: 'Zoë Ångström' } }],
      title: "Zoë Ångström replied to Sam Smith's comment.",
    },
  ];
  const profile = {
    name: { full_name: 'Zoë Ångström', first_name: 'Zoë', middle_name: '', last_name: 'Ångström' },
    emails: { emails: ['zoe@example.org'], previous_emails: [] },
    birthday: { year: 1985, month: 2, day: 12 },
    current_city: { name: 'Bristol, United Kingdom', timestamp: 0 },
    hometown: { name: 'Malmö, Sweden', timestamp: 0 },
    work_experiences: [{ employer: 'North Bristol NHS Trust', title: 'Registrar', start_timestamp: 1420070400 }],
    education_experiences: [{ name: 'Karolinska Institutet', school_type: 'University' }],
    phone_numbers: [{ phone_type: 'Mobile', phone_number: '07700900000' }],
    username: 'zoe.angstrom',
    registration_timestamp: 1236956306,
    profile_uri: 'https://www.facebook.com/zoe.angstrom',
  };
  const entries: ZipEntry[] = [
    { path: p.posts(1), data: facebookJson(posts1) },
    { path: p.posts(2), data: facebookJson(posts2) },
    { path: p.album, data: facebookJson(album) },
    { path: p.comments, data: facebookJson(layout === 'json-2019' ? { comments: commentItems } : { comments_v2: commentItems }) },
    { path: p.profile, data: facebookJson(layout === 'json-2019' ? { profile } : { profile_v2: profile }) },
    { path: photo, data: makeJpeg({ seed: 1, gps: FB_GPS, takenAt: '2018:12:31 21:00:00', make: 'Apple', model: 'iPhone X' }) },
    // A JPEG whose first bytes were overwritten (a damaged download): recorded unreadable, the import goes on.
    { path: corrupt, data: Buffer.concat([Buffer.alloc(16), makeJpeg({ seed: 4, gps: FB_GPS }).subarray(16)]) },
    { path: video, data: Buffer.from('not really a video, never parsed') },
    { path: loose, data: makeJpeg({ seed: 7, gps: FB_LOOSE_GPS, takenAt: '2019:01:07 12:00:00' }) },
    { path: commentPhoto, data: makeJpeg({ seed: 10 }) },
    // Unrelated files every export holds.
    { path: 'index.html', data: '<html><body>Your information</body></html>' },
  ];
  if (p.other) {
    entries.push({
      path: p.other,
      data: facebookJson({
        wall_posts_sent_v2: [{ timestamp: 1547300000, data: [{ post: 'Happy birthday Sam! 🎂' }], title: "Zoë Ångström wrote on Sam Smith's timeline." }],
      }),
    });
  }
  return entries;
}

/** The same export as Facebook's HTML format: same tree, .html files, no JSON. */
export function facebookHtmlEntries(): ZipEntry[] {
  return [
    { path: 'index.html', data: '<html><body>Your information</body></html>' },
    { path: 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html', data: '<html><body><div>Lovely lunch</div></body></html>' },
    { path: 'your_facebook_activity/comments_and_reactions/comments.html', data: '<html></html>' },
  ];
}

/** The real Waultar fixtures (Facebook's own structure, redacted values) placed at their layout paths. */
export function waultarEntries(): ZipEntry[] {
  const dir = resolve(__dirname, '../../../shared/formats/samples/facebook/waultar');
  return [
    { path: 'posts/your_posts_1.json', data: readFileSync(`${dir}/facebook_media.json`) },
    { path: 'comments_and_reactions/comments.json', data: readFileSync(`${dir}/facebook_comments.json`) },
    { path: 'profile_information/profile_information.json', data: readFileSync(`${dir}/v2_profile_information.json`) },
  ];
}

/** Open an archive the way the service does and collect every record the importer yields. */
export async function readArchive(path: string, signal?: AbortSignal): Promise<{ detection: Detection; records: ImportRecord[]; entriesRead: string[] }> {
  const source = await openSource(path);
  try {
    const { importer, detection } = detectArchive(source);
    const records: ImportRecord[] = [];
    const entriesRead: string[] = [];
    for await (const r of importer.read(source, detection, { signal, onEntry: (p) => entriesRead.push(p) })) records.push(r);
    return { detection, records, entriesRead };
  } finally {
    await source.close();
  }
}
