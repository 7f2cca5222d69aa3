/**
 * Invariant 5 (DESIGN.md): the checklist that may be shown to an appraiser does not reproduce
 * patient details. Every format is checked, PDF through its extracted text (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReportInput } from '../src/report/input.js';
import { redactPatientText } from '../src/report/redact.js';
import { renderReportFile, type ExportOptions, type ReportFormat } from '../src/report/render.js';
import type { Hindsight } from '../src/service.js';
import { decideAll, FIXED_DATE, PATIENT_TEXT, PATIENT_TOKENS, reportWorkspace } from './report-fixture.js';

let hs: Hindsight;
let dir: string;

beforeAll(() => {
  hs = reportWorkspace();
  decideAll(hs);
  dir = mkdtempSync(join(tmpdir(), 'hindsight-redact-'));
});
afterAll(() => {
  hs.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The export as text: PDFs through pdftotext (poppler-utils), layout off so words stay whole. */
async function exportText(format: ReportFormat, options: ExportOptions): Promise<string> {
  const out = await renderReportFile(format, collectReportInput(hs.workspace), { generatedAt: FIXED_DATE, ...options });
  if (typeof out === 'string') return out;
  const file = join(dir, `${options.report ?? 'checklist'}-${options.showPatientDetails ? 'shown' : 'masked'}.pdf`);
  writeFileSync(file, out);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const CASES: [ReportFormat, ExportOptions][] = [
  ['csv', {}],
  ['md', {}],
  ['html', {}],
  ['json', {}],
  ['pdf', {}],
  ['html', { report: 'summary' }],
  ['pdf', { report: 'summary' }],
];

describe('patient details in exports', () => {
  it('the fixture really has a patient finding on the identifying post', () => {
    const f = hs.queryFindings({ pass: 'patient' });
    expect(f.length).toBeGreaterThan(0);
    expect(f.some((x) => x.text === PATIENT_TEXT)).toBe(true);
  });

  it.each(CASES)('%s %o masks every identifying word', async (format, options) => {
    const text = await exportText(format, options);
    for (const token of PATIENT_TOKENS) expect(text, `${format} leaks "${token}"`).not.toContain(token);
    expect(text).not.toMatch(/WARNING/);
  });

  it('masks inside the JSON evidence, explanation and note, and says it did', async () => {
    const doc = JSON.parse(await exportText('json', {})) as { findings: { pass: string; redacted: boolean; evidence: { kind: string; text: string }[]; note: string; excerpt: string }[] };
    const patient = doc.findings.filter((f) => f.pass === 'patient');
    expect(patient.every((f) => f.redacted)).toBe(true);
    const spans = patient.flatMap((f) => f.evidence);
    expect(spans.find((s) => s.kind === 'name')?.text).toBe('[name]');
    expect(spans.find((s) => s.kind === 'patient-reference')?.text).toMatch(/patient/i);
    expect(patient[0]!.note).toBe('Removed: [name] could be recognised');
    expect(patient[0]!.excerpt).toContain('My patient [name], an [age]');
  });

  it.each([
    ['csv', {}],
    ['md', {}],
    ['html', {}],
    ['json', {}],
    ['pdf', {}],
  ] as [ReportFormat, ExportOptions][])('%s shows the details only when asked, with a warning in the export', async (format) => {
    const text = await exportText(format, { showPatientDetails: true });
    expect(text).toContain('Mrs Patel');
    expect(text).toContain('WARNING: this export shows patient details unredacted');
  });

  it('the summary never shows patient details, even when the checklist is asked to', async () => {
    const text = await exportText('html', { report: 'summary', showPatientDetails: true });
    for (const token of PATIENT_TOKENS) expect(text).not.toContain(token);
  });
});

describe('redactPatientText patterns', () => {
  it.each([
    ['Saw a 45M in bed 12 on Tuesday', ['45M', 'bed 12', 'Tuesday']],
    ['aged 91, admitted 3rd March 2022 at 4pm', ['91', '3rd March 2022', '4pm']],
    ['Margaret from Castle Ward, LS1 4AB, ring 0113 243 1234', ['Margaret', 'Castle Ward', 'LS1 4AB', '0113 243 1234']],
    ['in her late 80s, on 2023-01-02 at 0300hrs', ['80s', '2023-01-02', '0300hrs']],
    ['Dr Khan at Royal Infirmary said @relative123 was upset', ['Khan', 'Royal Infirmary', '@relative123']],
  ])('%s', (text, leaks) => {
    const out = redactPatientText(text);
    for (const leak of leaks) expect(out).not.toContain(leak);
  });

  it('reads a sentence-opening verb as grammar but still masks a sentence-opening name', () => {
    expect(redactPatientText('Admitted him at 3am. Humbling.')).toBe('Admitted him at [time]. Humbling.');
    expect(redactPatientText('Emily came in with chest pain. Winifred fell again.')).toBe('[name] came in with chest pain. [name] fell again.');
  });

  it('keeps ordinary words readable', () => {
    expect(redactPatientText('Just had a great shift in A&E with my patient.')).toBe('Just had a great shift in A&E with my patient.');
  });
});
