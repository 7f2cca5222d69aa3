/**
 * LinkedIn "Get a copy of your data" archives, written by code with the real CSV quirks
 * (FORMATS.md 3): a BOM, multi-line ShareCommentary whose inner lines are wrapped in doubled quotes,
 * backslash-escaped quotes in Comments.csv, URL-encoded URNs, Connections.csv "Notes:" lines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ZipEntry } from './zip.js';

const BOM = '\ufeff';

/** Shares.csv as LinkedIn writes it; CRLF line ends between records, LF inside cells. */
export const SHARES_CSV =
  BOM +
  [
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    // Multi-line post: each inner line wrapped in doubled quotes, a blank line as """" and a genuine quote.
    '2021-03-04 09:15:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6775000000000000001,"Proud of our ward team today.""\n""""\n""We said ""never again"" to corridor care.""\n""#NHS #nursing",,https://media.licdn.com/dms/image/C4D22AQ/feedshare-shrink_800/0/1614849300000?e=1&v=beta&t=x,CONNECTIONS',
    '2022-07-01 18:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6950000000000000002,"New paper out: “Sepsis in the ED” – café talk at 5pm 😀",https://example.org/paper,,PUBLIC',
    '2023-01-02 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7015000000000000003,Reposting this.,https://example.org/a,"",MEMBER_NETWORK',
    // Not a real date: reported as skipped.
    '2023-02-30 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7015000000000000004,Ghost post,,,PUBLIC',
  ].join('\r\n') +
  '\r\n';

export const COMMENTS_CSV =
  BOM +
  [
    'Date,Link,Message',
    '2021-03-05 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6775000000000000010,"Jane Roe Thanks! As my consultant says, \\"document everything\\".\nSecond line."',
    '2021-04-01 12:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6780000000000000011,Agree with ""all"" of this',
    '2021-04-02 12:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6780000000000000012,"A path C:\\temp and a comma, fine"',
  ].join('\n') +
  '\n';

export const PROFILE_CSV = [
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
  'Amara,Okafor,,"1 High St, Leeds",1984-05-06,Consultant in Emergency Medicine,"Emergency physician.\nViews my own.",Hospitals and Health Care,LS1 1AA,"Leeds, England, United Kingdom",[amaraokafor],,',
].join('\n');

export const POSITIONS_CSV = [
  'Company Name,Title,Description,Location,Started On,Finished On',
  'Leeds Teaching Hospitals NHS Trust,Consultant,,"Leeds, England",Aug 2019,',
  'Acme Pharma Ltd,Medical Advisor (paid),Advisory board,London,Jan 2018,Dec 2020',
].join('\n');

export const CONNECTIONS_CSV = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Sam,Smith,https://www.linkedin.com/in/samsmith,,NHS,Nurse,01 Jan 2020',
].join('\n');

export const RICH_MEDIA_CSV = [
  'Date/Time,Media Description,Media Link',
  '"You uploaded a feed photo on March 4, 2021 at 9:15 AM (GMT)",Ward team photo,https://www.linkedin.com/dms/prv/image/C4D10AQ/feedshare-document/0?e=1&v=beta',
  '"You uploaded a video on July 1, 2022 at 6:00 PM (GMT)",,https://www.linkedin.com/dms/prv/vid/C4D05AQ/0?e=1',
  '"You uploaded a feed photo on July 2, 2022",No link here,',
].join('\n');

export const ARTICLE_HTML = `<html><head><meta charset="utf-8"><title>What A&amp;E taught me</title></head>
<body><p class="created">Created on 2020-11-02 08:30</p><p class="published">Published on 2020-11-03 09:00</p>
<h1><a href="https://www.linkedin.com/pulse/what-ae-taught-me-amara-okafor">What A&amp;E taught me</a></h1>
<div><p>Night shifts are &ldquo;long&rdquo;.</p><p>Caf&eacute;&nbsp;breaks<br>help.</p><script>alert(1)</script></div></body></html>`;

export const DRAFT_HTML = `<html><head><title>Untitled draft</title></head><body><h1>Untitled draft</h1><p>No date anywhere.</p></body></html>`;

/** What the generated export holds. */
export const LINKEDIN_EXPECTED = { shares: 3, comments: 3, articles: 1, media: 3, skipped: 3 };

export function linkedinEntries(): ZipEntry[] {
  return [
    { path: 'Shares.csv', data: SHARES_CSV },
    { path: 'Comments.csv', data: COMMENTS_CSV },
    { path: 'Profile.csv', data: PROFILE_CSV },
    { path: 'Positions.csv', data: POSITIONS_CSV },
    { path: 'Connections.csv', data: CONNECTIONS_CSV },
    { path: 'Rich_Media.csv', data: RICH_MEDIA_CSV },
    { path: 'Articles/Articles/What A&E taught me.html', data: ARTICLE_HTML },
    { path: 'Articles/Articles/Untitled draft.html', data: DRAFT_HTML },
    { path: 'messages.csv', data: 'CONVERSATION ID,FROM,TO,DATE,CONTENT\n' },
  ];
}

/** Windows-1252 bytes for text with ASCII and a few typographic characters (some older exports). */
export function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '€': 0x80 };
  return Buffer.from(
    [...text].map((ch) => {
      if (map[ch] !== undefined) return map[ch]!;
      const c = ch.codePointAt(0)!;
      if (c > 0xff) throw new Error(`${ch} has no Windows-1252 byte`);
      return c;
    }),
  );
}

const SAMPLES = resolve(__dirname, '../../../shared/formats/samples/linkedin');

/** The real linkedin-analyzer fixtures (they reproduce LinkedIn's quoting quirks) as export files. */
export function linkedinSampleEntries(set: 'parity' | 'e2e'): ZipEntry[] {
  const [shares, comments] = set === 'parity' ? ['shares-parity.csv', 'comments-parity.csv'] : ['e2e-Shares.csv', 'e2e-Comments.csv'];
  return [
    { path: 'Shares.csv', data: readFileSync(`${SAMPLES}/${shares}`) },
    { path: 'Comments.csv', data: readFileSync(`${SAMPLES}/${comments}`) },
  ];
}
