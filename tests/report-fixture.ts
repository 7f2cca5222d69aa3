/**
 * A workspace for the report tests: posts on three platforms written straight through the store
 * (the importers have their own tests), analysed by the real passes, with decisions of every kind.
 */
import type { Account, Platform, Post } from '../src/model.js';
import { createHindsight, type Hindsight } from '../src/service.js';

/** Words of the patient post that must never appear in a redacted export. */
export const PATIENT_TOKENS = ['Patel', '82-year-old', 'Ward 7', 'Elsewhere', '14/03/2023', '03:40', 'Anjali', 'Leeds', 'retired teacher'];

export const PATIENT_TEXT =
  'Tough night shift. My patient Mrs Patel, an 82-year-old retired teacher on Ward 7 at St Elsewhere Hospital, died at 03:40 on 14/03/2023 after a cardiac arrest. Her daughter Anjali from Leeds was amazing.';

export const FIXED_DATE = new Date('2026-11-20T10:00:00.000Z');

function post(platform: Platform, account: string, nativeId: string, createdAt: string, text: string, extra: Partial<Post> = {}): Post {
  return {
    platform,
    nativeId,
    kind: 'post',
    createdAt,
    text,
    language: 'en',
    replyToId: null,
    replyToHandle: null,
    quoteOfUrl: null,
    visibility: 'public',
    url: platform === 'twitter' ? `https://x.com/${account}/status/${nativeId}` : null,
    geo: null,
    deleted: false,
    account,
    raw: null,
    ...extra,
  };
}

function account(platform: Platform, handle: string, displayName: string, bio: string): Account {
  return { platform, handle, displayName, bio, location: null, url: null, createdAt: '2012-01-01T00:00:00.000Z', extra: {} };
}

export function reportWorkspace(): Hindsight {
  const hs = createHindsight({ dbPath: ':memory:' });
  hs.setSettings({ fullName: 'Jane Doe' });
  const x = hs.workspace.beginImport({ platform: 'twitter', era: 'ytd-2022', fileName: 'twitter-2024-03-01.zip', contentHash: 'x1' });
  x.account(account('twitter', 'drjane', 'Dr J 🩺', 'NHS doctor. Views my own.'));
  x.exportedAt('2024-03-01T09:00:00.000Z');
  x.post(post('twitter', 'drjane', '1700000000000000001', '2023-03-14T22:00:00.000Z', PATIENT_TEXT));
  x.post(
    post('twitter', 'drjane', '1700000000000000002', '2021-06-01T18:00:00.000Z', 'Lovely evening run along the river after clinic 🏃‍♀️ 日本', {
      geo: { lat: 51.50101, lon: -0.14189, placeName: null, precision: 'exact', source: 'coordinates' },
    }),
  );
  x.post(post('twitter', 'drjane', '1700000000000000003', '2020-02-02T09:00:00.000Z', 'RT @pharmaco: Our new statin is the best on the market!', { kind: 'repost' }));
  x.post(post('twitter', 'drjane', '1700000000000000004', '2019-01-01T09:00:00.000Z', 'My patient in bed 4 today, a 45-year-old builder, was so brave.', { deleted: true }));
  x.commit('drjane');

  const fb = hs.workspace.beginImport({ platform: 'facebook', era: 'json-2024', fileName: 'facebook-jane.zip', contentHash: 'f1' });
  fb.account(account('facebook', 'Jane Doe', 'Jane Doe', ''));
  fb.post(
    post('facebook', 'Jane Doe', 'fb-1', '2018-08-08T12:00:00.000Z', 'Great day at the Royal Infirmary summer fete!', {
      geo: { lat: 53.99, lon: -1.54, placeName: 'Harrogate Stray', precision: 'place', source: 'check-in' },
      url: 'https://www.facebook.com/100/posts/1',
    }),
  );
  fb.commit('Jane Doe');
  hs.analyse();
  return hs;
}

/** Decide on every finding: remove the patient posts (with a note that names the patient), keep the rest. */
export function decideAll(hs: Hindsight): void {
  for (const f of hs.queryFindings({})) {
    const status = f.pass === 'patient' ? 'remove' : f.pass === 'geotag' ? 'edit' : 'keep';
    const note = f.pass === 'patient' ? 'Removed: Mrs Patel could be recognised' : f.pass === 'geotag' ? 'Location shows my home street' : 'Fine as it is';
    hs.setReview({ subjectKey: f.subjectKey, pass: f.pass, rule: f.rule, status, note });
  }
}
