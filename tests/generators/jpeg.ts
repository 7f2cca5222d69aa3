/**
 * Real, decodable JPEGs for generated archives, optionally carrying EXIF (GPS, date, camera)
 * the way phone cameras write it. jpeg-js encodes the pixels; piexifjs writes the APP1 segment.
 */
import jpeg from 'jpeg-js';
// @ts-expect-error piexifjs ships no types
import piexif from 'piexifjs';

export interface JpegOptions {
  width?: number;
  height?: number;
  /** Seed for the colours, so different photos differ. */
  seed?: number;
  gps?: { lat: number; lon: number };
  /** EXIF local time, "YYYY:MM:DD HH:MM:SS". */
  takenAt?: string;
  make?: string;
  model?: string;
  /** Random bytes appended inside a COM segment to reach a realistic file size. */
  padBytes?: number;
}

function rational(deg: number): [number, number][] {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 10000);
  return [
    [d, 1],
    [m, 1],
    [s, 10000],
  ];
}

export function makeJpeg(o: JpegOptions = {}): Buffer {
  const width = o.width ?? 32;
  const height = o.height ?? 24;
  const seed = o.seed ?? 1;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 8 + seed * 37) & 255;
      data[i + 1] = (y * 10 + seed * 11) & 255;
      data[i + 2] = (seed * 53) & 255;
      data[i + 3] = 255;
    }
  let bytes = jpeg.encode({ data, width, height }, 70).data as Buffer;
  if (o.gps || o.takenAt || o.make || o.model) {
    const zeroth: Record<number, unknown> = {};
    const exif: Record<number, unknown> = {};
    const gps: Record<number, unknown> = {};
    if (o.make) zeroth[piexif.ImageIFD.Make] = o.make;
    if (o.model) zeroth[piexif.ImageIFD.Model] = o.model;
    if (o.takenAt) exif[piexif.ExifIFD.DateTimeOriginal] = o.takenAt;
    if (o.gps) {
      gps[piexif.GPSIFD.GPSLatitudeRef] = o.gps.lat >= 0 ? 'N' : 'S';
      gps[piexif.GPSIFD.GPSLatitude] = rational(o.gps.lat);
      gps[piexif.GPSIFD.GPSLongitudeRef] = o.gps.lon >= 0 ? 'E' : 'W';
      gps[piexif.GPSIFD.GPSLongitude] = rational(o.gps.lon);
    }
    const exifBytes = piexif.dump({ '0th': zeroth, Exif: exif, GPS: gps });
    bytes = Buffer.from(piexif.insert(exifBytes, bytes.toString('binary')), 'binary');
  }
  if (o.padBytes && o.padBytes > 0) {
    // A COM segment holds at most 65533 bytes; add as many as needed just before EOI.
    const segments: Buffer[] = [];
    let left = o.padBytes;
    let state = seed * 2654435761;
    while (left > 0) {
      const n = Math.min(left, 65533);
      const seg = Buffer.alloc(n + 4);
      seg[0] = 0xff;
      seg[1] = 0xfe;
      seg.writeUInt16BE(n + 2, 2);
      for (let i = 4; i < seg.length; i++) {
        state = (state * 1103515245 + 12345) >>> 0;
        seg[i] = state >>> 24;
      }
      segments.push(seg);
      left -= n;
    }
    bytes = Buffer.concat([bytes.subarray(0, bytes.length - 2), ...segments, bytes.subarray(bytes.length - 2)]);
  }
  return bytes;
}
