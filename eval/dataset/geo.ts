/** Labelled location cases for the `geotag` pass: what the export records, not what the text says. */
import type { Platform } from '../../src/model.js';

export interface GeoCase {
  platform: Platform;
  text: string;
  /** A photo attached; `gps` written into its EXIF (X) or Facebook exif_data (FB). */
  photo?: { gps?: { lat: number; lon: number } };
  /** Tweet coordinates, tweet place, or Facebook check-in. */
  coordinates?: { lat: number; lon: number };
  place?: { name: string; box?: [number, number, number, number] };
  checkIn?: { name: string; lat?: number; lon?: number };
  geotag: boolean;
}

const SPOTS: [string, number, number][] = [
  ['Leeds', 53.7997, -1.5492], ['Cardiff Bay', 51.4637, -3.1652], ['Glasgow West End', 55.8724, -4.2887], ['Brighton seafront', 50.8197, -0.1366],
  ['Snowdon summit', 53.0685, -4.0763], ['Norwich', 52.6309, 1.2974], ['Bath', 51.3811, -2.359], ['York', 53.959, -1.0815],
  ['Lake Windermere', 54.3695, -2.9115], ['Oxford', 51.752, -1.2577], ['Belfast', 54.5973, -5.9301], ['Cornwall coast', 50.2153, -5.4776],
  ['Paris', 48.8566, 2.3522], ['Lisbon', 38.7223, -9.1393], ['New York', 40.7128, -74.006], ['Sheffield', 53.3811, -1.4701],
];

export function geoCases(): GeoCase[] {
  const out: GeoCase[] = [];
  SPOTS.forEach(([name, lat, lon], i) => {
    out.push({ platform: i % 2 ? 'facebook' : 'twitter', text: `Lovely morning out, ${['recharging', 'fresh air', 'day off', 'post-nights reset'][i % 4]} (${i})`, photo: { gps: { lat: lat + 0.001 * i, lon: lon - 0.001 * i } }, geotag: true });
    out.push({ platform: i % 2 ? 'twitter' : 'facebook', text: `Photo from the weekend, no caption needed #${i}`, photo: {}, geotag: false });
    out.push({ platform: 'twitter', text: `Great to be in ${name} for the regional meeting today (${i})`, geotag: false });
  });
  for (let i = 0; i < 8; i++) {
    const [name, lat, lon] = SPOTS[i];
    out.push({ platform: 'twitter', text: `Evening stroll, lovely light ${i}`, coordinates: { lat: lat + 0.002, lon: lon + 0.002 }, geotag: true });
    out.push({ platform: 'twitter', text: `Coffee break between clinics ${i}`, place: { name: `${name}, England`, box: [lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1] }, geotag: true });
    out.push({ platform: 'facebook', text: `Team night out! ${i}`, checkIn: { name: `The Crown, ${name}`, lat: lat + 0.003, lon: lon - 0.003 }, geotag: true });
    out.push({ platform: 'twitter', text: `Camera says no location here ${i}`, photo: { gps: { lat: 0, lon: 0 } }, geotag: false });
  }
  for (let i = 0; i < 4; i++) out.push({ platform: 'facebook', text: `Back at ${SPOTS[i][0]} Royal for the day ${i}`, checkIn: { name: `${SPOTS[i][0]} General Hospital` }, geotag: true });
  return out;
}
