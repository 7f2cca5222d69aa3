import type { MediaType } from '../../model.js';

const PHOTO_EXT = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'heif', 'tif', 'tiff', 'bmp']);
const VIDEO_EXT = new Set(['mp4', 'mov', 'm4v', 'webm', 'avi', '3gp']);

/** Media type from a file name; exports name files by their real type except some Instagram carousels. */
export function mediaTypeFromName(name: string): MediaType {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'gif') return 'gif';
  if (PHOTO_EXT.has(ext)) return 'photo';
  if (VIDEO_EXT.has(ext)) return 'video';
  return 'other';
}

/** Image formats EXIF can live in, recognised by their first bytes. */
export function sniffImage(head: Buffer): 'jpeg' | 'png' | 'tiff' | 'heic' | 'webp' | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 4 && (head.subarray(0, 4).toString('latin1') === 'II*\0' || head.subarray(0, 4).toString('latin1') === 'MM\0*')) return 'tiff';
  if (head.length >= 12 && head.subarray(4, 8).toString('latin1') === 'ftyp' && /hei|mif|avif/.test(head.subarray(8, 12).toString('latin1'))) return 'heic';
  if (head.length >= 12 && head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  return null;
}
