/**
 * A Facebook 2024+ JSON export for the import benchmark: ~2,000 photos in
 * your_facebook_activity/posts/media/, each attached to a post whose exif_data carries GPS for
 * half of them (and the JPEG's own EXIF GPS likewise), plus the profile file. Strings are written
 * with Facebook's \u00XX mojibake. Written once into .cache/bench.
 */
import { createWriteStream, statSync } from 'node:fs';
import yazl from 'yazl';
import { facebookJson } from '../tests/generators/facebook.js';
import { makeJpeg } from '../tests/generators/jpeg.js';

const ACTIVITY = 'your_facebook_activity/posts';
const PER_FILE = 500;

export async function generateLargeFacebook(path: string, photos = 2_000): Promise<{ photos: number; bytes: number }> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  const start = 1_420_070_400; // 2015-01-01
  const posts: unknown[] = [];
  for (let i = 0; i < photos; i++) {
    const withGps = i % 2 === 0;
    const gps = { lat: 50 + (i % 300) / 100, lon: -3 + (i % 400) / 100 };
    const uri = `${ACTIVITY}/media/TimelinePhotos_b3nch/${1000 + i}_${2000 + i}_${3000 + i}_n_${10150000000000000 + i}.jpg`;
    zip.addBuffer(
      makeJpeg({ seed: i, gps: withGps ? gps : undefined, takenAt: '2018:06:01 09:30:00', make: 'Samsung', model: 'SM-G960F', padBytes: 35_000 + (i % 5) * 4_000 }),
      uri,
    );
    posts.push({
      timestamp: start + i * 43_200,
      attachments: [
        {
          data: [
            {
              media: {
                uri,
                creation_timestamp: start + i * 43_200,
                media_metadata: {
                  photo_metadata: {
                    exif_data: [withGps ? { upload_ip: '192.0.2.1', taken_timestamp: start + i * 43_200 - 600, latitude: gps.lat, longitude: gps.lon } : { upload_ip: '192.0.2.1', latitude: 0, longitude: 0 }],
                  },
                },
                title: 'Mobile uploads',
                description: i % 3 === 0 ? 'Café with the team ☕' : '',
              },
            },
          ],
        },
      ],
      data: [{ post: `Post number ${i}: a walk after the ward round, weather lovely. Crème brûlée later 😀` }, {}],
      title: 'Bénédicte Médecin added a new photo.',
    });
  }
  for (let f = 0; f * PER_FILE < posts.length; f++) {
    zip.addBuffer(Buffer.from(facebookJson(posts.slice(f * PER_FILE, (f + 1) * PER_FILE))), `${ACTIVITY}/your_posts__check_ins__photos_and_videos_${f + 1}.json`);
  }
  zip.addBuffer(
    Buffer.from(facebookJson({ profile_v2: { name: { full_name: 'Bénédicte Médecin' }, current_city: { name: 'Bristol' }, username: 'bene.medecin' } })),
    'personal_information/profile_information/profile_information.json',
  );
  zip.end();
  await done;
  return { photos, bytes: statSync(path).size };
}
