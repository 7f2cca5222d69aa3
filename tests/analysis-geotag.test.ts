import { describe, expect, it } from 'vitest';
import { geotagMediaFindings, geotagPostFindings } from '../src/analysis/geotag.js';
import { nearestTown } from '../src/analysis/nearest-town.js';
import { ctx, geo, input, makeMedia } from '../eval/records.js';

describe('geotag pass', () => {
  it('EXIF GPS on a photo: exact, medium, with the nearest town', () => {
    const m = makeMedia({ gpsLat: 53.8008, gpsLon: -1.5491, path: 'data/tweets_media/1-a.jpg' });
    const f = geotagMediaFindings(m, null, ctx());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'photo-gps', severity: 'medium', subjectType: 'media', subjectKey: 'media:twitter:data/tweets_media/1-a.jpg', guidance: ['8c'] });
    expect(f[0].explanation).toMatch(/Leeds/);
  });

  it('near a sensitive place becomes high', () => {
    const m = makeMedia({ gpsLat: 51.5072, gpsLon: -0.1276 });
    const f = geotagMediaFindings(m, null, ctx({ sensitivePlaces: [{ name: 'Home', lat: 51.5075, lon: -0.128 }] }));
    expect(f[0].severity).toBe('high');
    expect(f[0].explanation).toMatch(/Home/);
    const far = geotagMediaFindings(m, null, ctx({ sensitivePlaces: [{ name: 'Home', lat: 51.6, lon: -0.128 }] }));
    expect(far[0].severity).toBe('medium');
  });

  it('tweet coordinates are exact; a tweet place is city-level and low', () => {
    const exact = geotagPostFindings(input('hello', { post: { geo: geo(45.5284, -122.5794, 'exact', 'coordinates') } }), ctx());
    expect(exact[0]).toMatchObject({ rule: 'post-coordinates', severity: 'medium' });
    expect(exact[0].explanation).toMatch(/km from Lents \(US\)/);
    const place = geotagPostFindings(input('hello', { post: { geo: geo(53.48, -2.24, 'place', 'place', 'Manchester, England') } }), ctx());
    expect(place[0]).toMatchObject({ rule: 'post-place', severity: 'low' });
  });

  it('Facebook check-ins and platform photo locations are flagged', () => {
    const ci = geotagPostFindings(input('At work', { post: { platform: 'facebook', geo: geo(51.498, -0.1187, 'exact', 'check-in', "St Thomas' Hospital") } }), ctx());
    expect(ci[0].rule).toBe('check-in');
    const pg = geotagMediaFindings(makeMedia({ platform: 'facebook', platformGeo: geo(51.4995, -0.1248, 'exact', 'exif') }), null, ctx());
    expect(pg[0].rule).toBe('photo-platform-location');
  });

  it('quiet on photos without GPS, 0,0 and places named only in the text', () => {
    expect(geotagMediaFindings(makeMedia(), null, ctx())).toEqual([]);
    expect(geotagMediaFindings(makeMedia({ gpsLat: 0, gpsLon: 0 }), null, ctx())).toEqual([]);
    expect(geotagPostFindings(input('Lovely walk in Leeds today, 53.8N 1.5W'), ctx())).toEqual([]);
  });

  it('a sensitive place given only by name matches a check-in of that name', () => {
    const f = geotagPostFindings(input('x', { post: { geo: geo(null, null, 'place', 'check-in', 'Riverside Medical Centre') } }), ctx({ sensitivePlaces: [{ name: 'Riverside Medical Centre', lat: null, lon: null }] }));
    expect(f[0].severity).toBe('high');
  });

  it('nearest town lookup', () => {
    expect(nearestTown(55.9533, -3.1883)?.name).toBe('Edinburgh');
  });
});
