/** Every export parses back: CSV with csv-parse, JSON against the DESIGN.md shape, PDF by page count and text. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_CSV_COLUMNS } from '../src/report/checklist-csv.js';
import { collectReportInput } from '../src/report/input.js';
import { toWinAnsi } from '../src/report/pdf/winansi.js';
import { renderReport, renderReportFile, renderSummaryHtml, type ExportOptions } from '../src/report/render.js';
import { NO_AUTOMATION_STATEMENT } from '../src/remediation/no-automation.js';
import type { Hindsight } from '../src/service.js';
import { decideAll, FIXED_DATE, reportWorkspace } from './report-fixture.js';

let hs: Hindsight;
let dir: string;
beforeAll(() => {
  hs = reportWorkspace();
  decideAll(hs);
  dir = mkdtempSync(join(tmpdir(), 'hindsight-exports-'));
});
afterAll(() => {
  hs.close();
  rmSync(dir, { recursive: true, force: true });
});

const input = () => collectReportInput(hs.workspace);

async function pdf(options: ExportOptions): Promise<{ pages: number; text: string }> {
  const bytes = (await renderReportFile('pdf', input(), { generatedAt: FIXED_DATE, ...options })) as Buffer;
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(dir, `${options.report ?? 'checklist'}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return { pages, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) };
}

describe('exports parse back', () => {
  it('CSV: one row per finding, the documented columns', () => {
    const csv = renderReport('csv', input());
    const rows = parse(csv, { columns: true, comment: '#' }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CHECKLIST_CSV_COLUMNS]);
    expect(rows).toHaveLength(hs.countFindings({}));
    const patient = rows.find((r) => r.pass === 'Patient confidentiality')!;
    expect(patient).toMatchObject({ platform: 'X/Twitter', decision: 'Remove', action: 'Delete this post on X' });
    expect(patient.guidance).toMatch(/^¶12, ¶13, ¶14: Maintaining confidentiality\. /);
    expect(patient.link).toMatch(/^https:\/\/x\.com\/drjane\/status\/\d+$/);
  });

  it('CSV with details shown still parses, the warning as a comment line', () => {
    const csv = renderReport('csv', input(), { showPatientDetails: true });
    expect(csv.split('\n')[0]).toMatch(/^# WARNING/);
    expect(parse(csv, { columns: true, comment: '#' })).toHaveLength(hs.countFindings({}));
  });

  it('JSON keeps the DESIGN.md shape', () => {
    const doc = JSON.parse(renderReport('json', input())) as Record<string, unknown>;
    expect(Array.isArray(doc.archives)).toBe(true);
    expect(doc.posts).toBe(5);
    expect(doc.statement).toBe(NO_AUTOMATION_STATEMENT);
    const findings = doc.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(hs.countFindings({}));
    for (const f of findings) {
      for (const key of ['pass', 'rule', 'severity', 'platform', 'postId', 'createdAt', 'account', 'mediaPath', 'url', 'guidance', 'evidence', 'explanation', 'status', 'note', 'verifiedAt', 'excerpt']) {
        expect(f, key).toHaveProperty(key);
      }
      expect(['high', 'medium', 'low']).toContain(f.severity);
      expect(Array.isArray(f.guidance) && (f.guidance as unknown[]).every((g) => typeof g === 'string')).toBe(true);
      if (f.createdAt !== null) expect(f.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    }
  });

  it('the 2024 edition cites its own paragraphs', () => {
    hs.setSettings({ edition: '2024' });
    try {
      const doc = JSON.parse(renderReport('json', input())) as { findings: { pass: string; guidance: string[] }[] };
      expect(doc.findings.find((f) => f.pass === 'patient')!.guidance).toEqual(['SM 18', 'SM 19', 'SM 20', 'GMP 88']);
      expect(renderReport('md', input())).toContain('SM ¶18');
    } finally {
      hs.setSettings({ edition: '2013' });
    }
  });

  it('Markdown and HTML carry the statement, the table and the to-do steps', () => {
    const md = renderReport('md', input());
    expect(md).toContain(NO_AUTOMATION_STATEMENT);
    expect(md).toContain('- [ ] **Delete this post on X**');
    const html = renderReport('html', input());
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect((html.match(/<tr>/g) ?? []).length).toBe(hs.countFindings({}) + 1);
  });

  it('checklist PDF: pages numbered, every finding listed, emoji and CJK dropped', async () => {
    const { pages, text } = await pdf({});
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('Hindsight checklist');
    expect(text).toContain('Lovely evening run along the river after clinic');
    expect(text).not.toMatch(/[\u{1F300}-\u{1FAFF}\u3040-\u9FFF]/u);
    expect(text).toContain('Hindsight never asks for your password');
  });

  it('summary PDF: headings, tables, page numbers, date generated', async () => {
    const { pages, text } = await pdf({ report: 'summary' });
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const heading of ['What I reviewed', 'What was flagged', 'What I did, and why', 'What is verified', 'Reflection']) expect(text).toContain(heading);
    expect(text).toContain('Generated 2026-11-20');
    expect(text).toContain('twitter-2024-03-01.zip');
  });

  it('summary HTML is the same document the app prints to PDF', () => {
    const html = renderSummaryHtml(input(), { generatedAt: FIXED_DATE });
    expect(html).toContain('<h2>Reflection</h2>');
    expect(html).toContain('@page');
    expect(html).toBe(renderReport('html', input(), { report: 'summary', generatedAt: FIXED_DATE }));
  });

  it('refuses a summary in a format it does not come in', () => {
    expect(() => renderReport('csv', input(), { report: 'summary' })).toThrow(/summary comes as html or pdf/);
  });
});

describe('toWinAnsi', () => {
  it('keeps what the standard fonts draw and transliterates or drops the rest', () => {
    expect(toWinAnsi('café “quoted” – ¶12 €5 • ok')).toBe('café “quoted” – ¶12 €5 • ok');
    expect(toWinAnsi('Łódź → Kraków ≥ 3')).toBe('Lódz -> Kraków >= 3');
    expect(toWinAnsi('run 🏃‍♀️ 日本 done')).toBe('run done');
  });
});
