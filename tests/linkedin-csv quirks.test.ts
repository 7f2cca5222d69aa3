import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv, protectLoneBackslashes } from '../src/importers/linkedin/csv.js';
import { cleanShareCommentary } from '../src/importers/linkedin/text.js';
import { linkedinDate, present, urnFromLink } from '../src/importers/linkedin/values.js';
import { windows1252 } from './generators/linkedin.js';

describe('LinkedIn CSV quirks', () => {
  it('undoes the doubled quotes around inner lines of a multi-line share', () => {
    // What a standard CSV parse gives for `line1""⏎""""⏎""line2 ""quoted""""⏎""line3`.
    expect(cleanShareCommentary('line1"\n""\n"line2 "quoted""\n"line3')).toBe('line1\n\nline2 "quoted"\nline3');
    expect(cleanShareCommentary('one line with "quotes"')).toBe('one line with "quotes"');
  });

  it('reads dates as UTC, with or without " UTC", and refuses impossible ones', () => {
    expect(linkedinDate('2021-03-04 09:15:00')).toBe('2021-03-04T09:15:00.000Z');
    expect(linkedinDate('2025-01-04 11:30:00 UTC')).toBe('2025-01-04T11:30:00.000Z');
    expect(linkedinDate('2026-02-30 10:00:00')).toBeNull();
    expect(linkedinDate('2026-13-05 09:00:00')).toBeNull();
    expect(linkedinDate('sometime later')).toBeNull();
  });

  it('decodes the URN from a URL-encoded feed link', () => {
    expect(urnFromLink('https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A695')).toBe('urn:li:ugcPost:695');
    expect(urnFromLink('https://www.linkedin.com/feed/update/urn:li:activity:1')).toBe('urn:li:activity:1');
    expect(urnFromLink('https://example.org/')).toBeNull();
  });

  it('treats N/A and NULL cells as empty but keeps real words', () => {
    expect(present('N/A')).toBe('');
    expect(present('NULL')).toBe('');
    expect(present('""')).toBe('');
    expect(present('NA')).toBe('NA');
  });

  it('keeps literal backslashes in backslash-escaped files', () => {
    expect(protectLoneBackslashes('a,"C:\\temp \\"x\\""\n')).toBe('a,"C:\\\\temp \\"x\\""\n');
    const t = parseCsv('Date,Link,Message\n1,2,"C:\\temp \\"x\\""\n', { backslashEscape: true });
    expect(t.rows[0]!.cells.Message).toBe('C:\\temp "x"');
  });

  it('strips a BOM and falls back to Windows-1252', () => {
    expect(decodeCsvBytes(Buffer.from('\ufeffDate', 'utf8'))).toBe('Date');
    expect(decodeCsvBytes(windows1252('“café” – 5€'))).toBe('“café” – 5€');
  });

  it('finds the header after the Notes: lines of Connections.csv', () => {
    const t = parseCsv('Notes:\n"Some notes"\n\nFirst Name,Last Name\nSam,Smith\n', { headerMatch: (c) => c[0] === 'First Name' });
    expect(t.rows.map((r) => r.cells['Last Name'])).toEqual(['Smith']);
  });
});
