/** What the doctor is told to do on each platform, and the X bulk-deletion files. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FindingView } from '../src/api.js';
import type { Platform, PostKind, ReviewStatus } from '../src/model.js';
import { NO_AUTOMATION_STATEMENT } from '../src/remediation/no-automation.js';
import { stepsFor } from '../src/remediation/steps.js';
import { xBulkFiles } from '../src/remediation/x-bulk.js';
import { isAllowedExternalUrl } from '../src/security/allowed-hosts.js';

let next = 1;
function finding(over: Partial<FindingView> & { platform: Platform }): FindingView {
  const id = String(1700000000000000000n + BigInt(next++));
  return {
    id: next,
    pass: 'patient',
    rule: 'individual-patient',
    severity: 'high',
    subjectType: 'post',
    subjectKey: `post:${over.platform}:${id}`,
    evidence: [],
    explanation: '',
    guidance: ['14'],
    passVersion: 1,
    postId: id,
    kind: 'post',
    createdAt: '2020-01-01T00:00:00.000Z',
    account: 'drjane',
    mediaPath: null,
    url: over.platform === 'twitter' ? `https://x.com/drjane/status/${id}` : null,
    text: 'text',
    deleted: false,
    status: 'remove',
    note: '',
    decidedAt: null,
    verifiedAt: null,
    ...over,
  };
}

describe('stepsFor', () => {
  const cases: [Platform, PostKind | null, FindingView['subjectType'], ReviewStatus, RegExp][] = [
    ['twitter', 'post', 'post', 'remove', /^Delete this post on X$/],
    ['twitter', 'reply', 'post', 'remove', /^Delete this reply on X$/],
    ['twitter', 'repost', 'post', 'remove', /^Undo this repost on X$/],
    ['twitter', 'quote', 'post', 'remove', /^Delete this quote post on X$/],
    ['twitter', 'post', 'post', 'edit', /^Replace this post on X$/],
    ['twitter', 'post', 'media', 'remove', /^Delete the post this photo belongs to on X$/],
    ['facebook', 'post', 'post', 'remove', /^Delete this post on Facebook$/],
    ['facebook', 'post', 'post', 'edit', /^Edit this post on Facebook$/],
    ['facebook', 'comment', 'post', 'remove', /^Delete this comment on Facebook$/],
    ['facebook', null, 'media', 'remove', /^Delete this photo on Facebook$/],
    ['linkedin', 'post', 'post', 'remove', /^Delete this post on LinkedIn$/],
    ['linkedin', 'comment', 'post', 'edit', /^Edit this comment on LinkedIn$/],
    ['linkedin', 'article', 'post', 'remove', /^Delete this article on LinkedIn$/],
  ];
  it.each(cases)('%s %s (%s, %s)', (platform, kind, subjectType, status, title) => {
    const s = stepsFor(finding({ platform, kind, subjectType, status }));
    expect(s.title).toMatch(title);
    expect(s.steps.length).toBeGreaterThanOrEqual(2);
    expect(s.steps.join(' ')).not.toContain('{account}');
  });

  it('a Facebook check-in is its own kind', () => {
    const s = stepsFor(finding({ platform: 'facebook', pass: 'geotag', rule: 'check-in', status: 'edit' }));
    expect(s.kind).toBe('check-in');
    expect(s.title).toBe('Remove the place from this check-in on Facebook');
    expect(s.steps.some((x) => x.includes('Location History'))).toBe(true);
  });

  it('links only to the platforms\' own hosts', () => {
    expect(stepsFor(finding({ platform: 'twitter' })).url).toMatch(/^https:\/\/x\.com\/drjane\/status\/\d+$/);
    expect(stepsFor(finding({ platform: 'facebook', url: 'https://www.facebook.com/1/posts/2' })).url).toBe('https://www.facebook.com/1/posts/2');
    expect(stepsFor(finding({ platform: 'facebook', url: 'https://evil.example/x' })).url).toBeNull();
    expect(stepsFor(finding({ platform: 'twitter', url: 'http://x.com/drjane/status/1' })).url).toBeNull();
    expect(stepsFor(finding({ platform: 'twitter', url: 'https://x.com.evil.net/a' })).url).toBeNull();
  });

  it('an anonymity finding is fixed on the profile, not by deleting a post', () => {
    const s = stepsFor(finding({ platform: 'twitter', pass: 'anonymity', rule: 'anonymous-doctor', subjectType: 'account', subjectKey: 'account:twitter:drjane', postId: null, kind: null, status: 'edit' }));
    expect(s.action).toBe('fix');
    expect(s.title).toBe('Name yourself on your X profile, or close the account');
    expect(s.steps.join(' ')).toMatch(/full name/);
    expect(s.steps.join(' ')).toMatch(/Deactivate/);
    expect(s.steps.join(' ')).not.toMatch(/Delete, then/);
    expect(s.url).toBe('https://x.com/drjane');
    expect(isAllowedExternalUrl(s.url)).toBe(true);
  });

  it('a geotag finding also gets the settings that stop it happening again', () => {
    const s = stepsFor(finding({ platform: 'twitter', pass: 'geotag', rule: 'photo-gps', subjectType: 'media', evidence: [{ start: 0, end: 0, kind: 'gps', text: '51.5,-0.14', field: 'exif' }] }));
    expect(s.steps.join('\n')).toMatch(/Privacy and safety > Location information/);
    expect(s.steps.join('\n')).toMatch(/phone camera's location/);
  });
});

describe('X bulk-deletion files', () => {
  const findings = [
    finding({ platform: 'twitter', postId: '1700000000000000010', createdAt: '2021-01-01T00:00:00.000Z' }),
    finding({ platform: 'twitter', postId: '1700000000000000010', pass: 'geotag', rule: 'post-coordinates' }),
    finding({ platform: 'twitter', postId: '1700000000000000011', kind: 'repost', createdAt: '2019-01-01T00:00:00.000Z' }),
    finding({ platform: 'twitter', postId: '1700000000000000012', deleted: true }),
    finding({ platform: 'twitter', postId: '1700000000000000013', status: 'keep' }),
    finding({ platform: 'twitter', postId: '1700000000000000014', status: 'verified-removed' }),
    finding({ platform: 'facebook', postId: 'fb-1' }),
    finding({ platform: 'twitter', postId: null, subjectType: 'account', pass: 'anonymity' }),
  ];

  it('lists each X post marked remove once, oldest first, deleted ones left out', () => {
    const files = xBulkFiles(findings);
    expect(files.idsTxt).toBe('1700000000000000011\n1700000000000000010\n');
    const rows = parse(files.csv, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { tweet_id: '1700000000000000011', url: 'https://x.com/drjane/status/1700000000000000011', created_at: '2019-01-01T00:00:00.000Z', kind: 'retweet' },
      { tweet_id: '1700000000000000010', url: 'https://x.com/drjane/status/1700000000000000010', created_at: '2021-01-01T00:00:00.000Z', kind: 'post' },
    ]);
    expect(files.readme).toContain(NO_AUTOMATION_STATEMENT);
  });

  it('the statement names the three reasons', () => {
    expect(NO_AUTOMATION_STATEMENT).toMatch(/password/);
    expect(NO_AUTOMATION_STATEMENT).toMatch(/terms of service/);
    expect(NO_AUTOMATION_STATEMENT).toMatch(/suspended/);
    expect(NO_AUTOMATION_STATEMENT).toMatch(/credentials never leave your hands/);
  });
});
