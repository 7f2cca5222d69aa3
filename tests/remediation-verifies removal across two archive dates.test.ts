/**
 * From import to verified removal: two X archives (2022+ layout) of the same account, two months
 * apart. Between them the doctor deleted one post, the platform lists another as deleted, a third is
 * still there, and two edits were made (one cured the problem, one did not).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FindingView } from '../src/api.js';
import { createHindsight, type Hindsight } from '../src/service.js';
import { writeZip, type ZipEntry } from './generators/zip.js';

const ID = {
  gone: '1700000000000000001',
  listedDeleted: '1700000000000000002',
  stillThere: '1700000000000000003',
  editedCured: '1700000000000000004',
  editedStill: '1700000000000000005',
  kept: '1700000000000000006',
};

const PATIENT = (n: number): string =>
  `Tough night shift. My patient Mrs Patel${n}, an 8${n}-year-old retired teacher on Ward ${n} at St Elsewhere Hospital, died at 03:4${n} after a cardiac arrest.`;

/** "Tue Mar 14 10:00:00 +0000 2023", the created_at form of 2019+ X archives. */
function twitterDate(iso: string): string {
  const d = new Date(iso);
  const [wd, dd, mon, yyyy, time] = d.toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${dd} ${time} +0000 ${yyyy}`;
}

function tweet(id: string, iso: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tweet: {
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String(text.length)],
      favorite_count: '0',
      id_str: id,
      truncated: false,
      retweet_count: '0',
      id,
      favorited: false,
      full_text: text,
      lang: 'en',
      created_at: twitterDate(iso),
      ...extra,
    },
  };
}

const ytd = (global: string, items: unknown[]): string => `window.YTD.${global}.part0 = ${JSON.stringify(items, null, 2)}`;

/** A minimal 2022+ X archive in the real layout: manifest, account, tweets, deleted tweets. */
function xArchive(handle: string, generationDate: string, tweets: unknown[], deleted: unknown[] = []): ZipEntry[] {
  const file = (fileName: string, type: string, count: number) => ({ fileName, globalName: `YTD.${type}.part0`, count: String(count) });
  return [
    { path: 'Your archive.html', data: '<!doctype html><title>Your archive</title>' },
    {
      path: 'data/manifest.js',
      data: `window.__THAR_CONFIG = ${JSON.stringify({
        userInfo: { accountId: handle === 'drjane' ? '1000' : '2000', userName: handle, displayName: 'Jane Doe' },
        archiveInfo: { sizeBytes: '1000', generationDate, isPartialArchive: false, maxPartSizeBytes: '53687091200' },
        dataTypes: {
          account: { files: [file('data/account.js', 'account', 1)] },
          tweets: { mediaDirectory: 'data/tweets_media', files: [file('data/tweets.js', 'tweets', tweets.length)] },
          deletedTweets: { mediaDirectory: 'data/deleted_tweets_media', files: [file('data/deleted-tweets.js', 'deleted_tweets', deleted.length)] },
        },
      })}`,
    },
    {
      path: 'data/account.js',
      data: ytd('account', [
        { account: { email: 'j@example.org', createdVia: 'web', username: handle, accountId: '1000', createdAt: '2012-01-01T00:00:00.000Z', accountDisplayName: 'Jane Doe' } },
      ]),
    },
    { path: 'data/tweets.js', data: ytd('tweets', tweets) },
    { path: 'data/deleted-tweets.js', data: ytd('deleted_tweets', deleted) },
  ];
}

let dir: string;
let hs: Hindsight;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-verify-'));
  hs = createHindsight({ dbPath: join(dir, 'ws.db') });
});
afterEach(() => {
  hs.close();
  rmSync(dir, { recursive: true, force: true });
});

function findingFor(postId: string): FindingView {
  const f = hs.queryFindings({}).find((x) => x.postId === postId && x.pass === 'patient');
  if (!f) throw new Error(`no patient finding for ${postId}`);
  return f;
}

function decide(postId: string, status: 'remove' | 'edit' | 'keep', note = ''): void {
  const f = findingFor(postId);
  hs.setReview({ subjectKey: f.subjectKey, pass: f.pass, rule: f.rule, status, note });
}

/** The doctor decided in January; the archive they then requested is dated March. */
function backdateDecisions(to: string): void {
  hs.workspace.db.prepare('UPDATE reviews SET decided_at = ?').run(to);
}

async function importOk(path: string): Promise<void> {
  const r = await hs.importArchive(path);
  if (!r.ok) throw new Error(r.error);
}

const JAN = '2024-01-10T09:00:00.000Z';
const MAR = '2024-03-01T09:00:00.000Z';

async function firstArchive(): Promise<void> {
  await importOk(
    await writeZip(
      join(dir, 'jan.zip'),
      xArchive('drjane', JAN, [
        tweet(ID.gone, '2019-05-01T10:00:00Z', PATIENT(1)),
        tweet(ID.listedDeleted, '2019-06-01T10:00:00Z', PATIENT(2)),
        tweet(ID.stillThere, '2019-07-01T10:00:00Z', PATIENT(3)),
        tweet(ID.editedCured, '2019-08-01T10:00:00Z', PATIENT(4)),
        tweet(ID.editedStill, '2019-09-01T10:00:00Z', PATIENT(5)),
        tweet(ID.kept, '2019-10-01T10:00:00Z', PATIENT(6)),
      ]),
    ),
  );
  decide(ID.gone, 'remove', 'Identifiable');
  decide(ID.listedDeleted, 'remove');
  decide(ID.stillThere, 'remove', 'Too much detail');
  decide(ID.editedCured, 'edit');
  decide(ID.editedStill, 'edit');
  decide(ID.kept, 'keep', 'Discussed with the family, consent given');
  backdateDecisions('2024-01-15T12:00:00.000Z');
}

function marchArchive(): ZipEntry[] {
  return xArchive(
    'drjane',
    MAR,
    [
      tweet(ID.stillThere, '2019-07-01T10:00:00Z', PATIENT(3)),
      tweet(ID.editedCured, '2019-08-01T10:00:00Z', 'Tough night shift, and a team that was wonderful all the way through it.'),
      tweet(ID.editedStill, '2019-09-01T10:00:00Z', PATIENT(5)),
      tweet(ID.kept, '2019-10-01T10:00:00Z', PATIENT(6)),
    ],
    [tweet(ID.listedDeleted, '2019-06-01T10:00:00Z', PATIENT(2), { deleted_at: twitterDate('2024-01-20T10:00:00Z') })],
  );
}

describe('verifying decisions against a newer archive of the same account', () => {
  it('verifies removals, reopens what is still there, and settles edits', async () => {
    await firstArchive();
    expect(hs.queryFindings({ pass: 'patient' })).toHaveLength(6);

    await importOk(await writeZip(join(dir, 'mar.zip'), marchArchive()));

    const gone = findingFor(ID.gone);
    expect(gone.status).toBe('verified-removed');
    expect(gone.note).toBe('Identifiable');
    expect(findingFor(ID.listedDeleted).status).toBe('verified-removed');

    const still = findingFor(ID.stillThere);
    expect(still.status).toBe('open');
    expect(still.note).toBe('Too much detail\nStill present in the archive of 2024-03-01.');

    // The edited text no longer mentions a patient: re-analysis drops the finding, so the
    // decision lives on in the reviews table as "done".
    const cured = hs.workspace.db
      .prepare("SELECT status, verified_at FROM reviews WHERE subject_key = ?")
      .get(`post:twitter:${ID.editedCured}`) as { status: string; verified_at: string };
    expect(cured).toEqual({ status: 'done', verified_at: MAR });

    const stillFlagged = findingFor(ID.editedStill);
    expect(stillFlagged.status).toBe('open');
    expect(stillFlagged.note).toMatch(/^Still flagged after the edit, in the archive of 2024-03-01\.$/);

    expect(findingFor(ID.kept).status).toBe('keep');

    const verifiedAt = hs.workspace.db
      .prepare('SELECT verified_at FROM reviews WHERE subject_key = ?')
      .get(`post:twitter:${ID.gone}`) as { verified_at: string };
    expect(verifiedAt.verified_at).toBe(MAR);

    // The checklist carries the verified state.
    const json = JSON.parse(hs.exportReport('json')) as { findings: { postId: string; status: string; verifiedAt: string | null }[] };
    expect(json.findings.find((f) => f.postId === ID.gone)).toMatchObject({ status: 'verified-removed', verifiedAt: MAR });
  });

  it('leaves decisions alone when another account, or an older archive, is imported', async () => {
    await firstArchive();
    // Another account's newer archive lacks every one of drjane's posts: it must prove nothing.
    await importOk(await writeZip(join(dir, 'other.zip'), xArchive('drother', '2024-04-01T09:00:00.000Z', [tweet('1800000000000000001', '2020-01-01T10:00:00Z', 'Hello')])));
    expect(findingFor(ID.gone).status).toBe('remove');
    expect(findingFor(ID.stillThere).status).toBe('remove');

    // An archive of drjane dated before the first one is older news, not a check.
    await importOk(await writeZip(join(dir, 'old.zip'), xArchive('drjane', '2023-06-01T09:00:00.000Z', [tweet(ID.stillThere, '2019-07-01T10:00:00Z', PATIENT(3))])));
    expect(findingFor(ID.gone).status).toBe('remove');
    expect(findingFor(ID.stillThere).status).toBe('remove');
  });

  it('does not reopen a post found in an archive generated before the decision was made', async () => {
    await firstArchive();
    backdateDecisions('2024-03-05T12:00:00.000Z');
    await importOk(await writeZip(join(dir, 'mar.zip'), marchArchive()));
    // Present in an archive made before the doctor decided: says nothing about the deletion.
    expect(findingFor(ID.stillThere).status).toBe('remove');
    // Gone is gone, whenever the archive was made.
    expect(findingFor(ID.gone).status).toBe('verified-removed');
  });
});
