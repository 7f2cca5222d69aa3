import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jpegMetadataEnd, NO_METADATA, readImageMetadata } from '../src/importers/media/exif.js';
import { openSource } from '../src/importers/open-source.js';
import type { ArchiveSource } from '../src/importers/source.js';
import { makeJpeg } from './generators/jpeg.js';
import { writeFolder, writeZip } from './generators/zip.js';

const withGps = makeJpeg({ gps: { lat: 53.8008, lon: -1.5491 }, takenAt: '2019:05:01 10:00:00', make: 'Apple', model: 'iPhone 8', padBytes: 90_000 });
const noGps = makeJpeg({ seed: 4, padBytes: 20_000 });
const small = makeJpeg({ seed: 6, gps: { lat: 51.5, lon: -0.1 }, padBytes: 4_000 });
const zeroGps = makeJpeg({ seed: 5, gps: { lat: 0, lon: 0 } });
const entries = [
  { path: 'photos/gps.jpg', data: withGps },
  { path: 'photos/plain.jpg', data: noGps },
  { path: 'photos/zero.jpg', data: zeroGps },
  // Small enough to be held whole by the first read; a large photo cut short after its metadata
  // would need a second, full read to notice, which the import does not spend.
  { path: 'photos/truncated.jpg', data: small.subarray(0, Math.floor(small.length / 2)) },
  { path: 'photos/not-an-image.jpg', data: Buffer.from('this is a text file named like a photo') },
];

async function meta(source: ArchiveSource, path: string) {
  const e = source.entries.find((x) => x.path === path)!;
  return readImageMetadata(source, path, e.size);
}

describe.each(['zip', 'folder'] as const)('photo metadata from a %s', (kind) => {
  let source: ArchiveSource;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-exif-'));
    source = await openSource(kind === 'zip' ? await writeZip(join(dir, 'p.zip'), entries) : await writeFolder(join(dir, 'p'), entries));
  });

  it('reads GPS, date and camera', async () => {
    expect(await meta(source, 'photos/gps.jpg')).toEqual({
      gpsLat: expect.closeTo(53.8008, 4),
      gpsLon: expect.closeTo(-1.5491, 4),
      takenAt: '2019-05-01T10:00:00',
      cameraMake: 'Apple',
      cameraModel: 'iPhone 8',
      orientation: null,
      unreadable: false,
    });
  });

  it('a photo without EXIF (as X serves every photo) is readable with no location or camera', async () => {
    expect(await meta(source, 'photos/plain.jpg')).toEqual(NO_METADATA);
  });

  it('GPS of 0,0 is no location', async () => {
    expect(await meta(source, 'photos/zero.jpg')).toMatchObject({ gpsLat: null, gpsLon: null, unreadable: false });
  });

  it('a truncated JPEG and bytes that are no image are recorded as unreadable', async () => {
    expect((await meta(source, 'photos/truncated.jpg')).unreadable).toBe(true);
    expect((await meta(source, 'photos/not-an-image.jpg')).unreadable).toBe(true);
  });
});

it('finds where the EXIF segment ends so that only the head is read', () => {
  const end = jpegMetadataEnd(withGps.subarray(0, 16 * 1024));
  expect(end).toBeGreaterThan(20);
  expect(end).toBeLessThan(2_000);
  expect(jpegMetadataEnd(noGps)).toBe(0);
});
