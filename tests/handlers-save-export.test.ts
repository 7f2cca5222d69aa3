/**
 * saveExport: the Export screen's one door to a file. The handler makes the export (checklist,
 * appraisal summary or X deletion list), hands it to the shell's saveFile, and reports where it
 * went; a cancelled dialog is `saved: false`, a malformed request throws.
 */
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATH } from '../scripts/make-demo.js';
import type { SaveExportRequest } from '../src/api.js';
import { createHandlers, type HandlersWithState } from '../src/handlers.js';
import { saveIntoFolder } from '../src/preview/serve.js';
import { createHindsight } from '../src/service.js';

const PATIENT_DETAILS = ['84-year-old', 'Ward 7B', 'retired farmer'];

let dir: string;
let handlers: HandlersWithState;
/** What the shell was asked to save; `answer` decides what the "dialog" does. */
const saves: { name: string; data: string | Buffer }[] = [];
let answer: 'save' | 'cancel' | 'fail' = 'save';
let printed: string[] = [];

function make(withPrinter: boolean, db = 'workspace.db'): HandlersWithState {
  return createHandlers({
    hs: createHindsight({ dbPath: join(dir, db) }),
    pickArchives: async () => [],
    openExternal: async () => {},
    demoPath: resolve(DEMO_PATH),
    emitProgress: () => {},
    resetWorkspace: () => {},
    async saveFile(name, data) {
      if (answer === 'cancel') return null;
      if (answer === 'fail') throw new Error('EACCES: permission denied, open \'/read-only/x.csv\'');
      saves.push({ name, data });
      return saveIntoFolder(join(dir, 'exports'), name, data);
    },
    htmlToPdf: withPrinter
      ? async (html) => {
          printed.push(html);
          return Buffer.from('%PDF-1.7 printed by the shell');
        }
      : undefined,
  });
}

async function markPatientRemove(h: HandlersWithState): Promise<void> {
  const [patient] = (await h.queryFindings({ pass: 'patient' })).filter((f) => f.text?.includes('Ward 7B'));
  await h.setReview({ subjectKey: patient!.subjectKey, pass: patient!.pass, rule: patient!.rule, status: 'remove' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-save-'));
  handlers = make(false);
  const r = await handlers.importDemo();
  expect(r.ok).toBe(true);
  await markPatientRemove(handlers);
});

afterAll(() => {
  handlers?.current().close();
  rmSync(dir, { recursive: true, force: true });
});

const last = () => saves[saves.length - 1]!;

describe('saveExport', () => {
  it('saves the checklist as CSV that parses back, patient details redacted by default', async () => {
    answer = 'save';
    const result = await handlers.saveExport({ kind: 'checklist', format: 'csv' });
    expect(result).toEqual({ saved: true, path: expect.stringMatching(/hindsight-checklist-\d{4}-\d{2}-\d{2}\.csv$/) });
    const text = readFileSync(result.path!, 'utf8');
    const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    expect(rows.length).toBe((await handlers.countFindings({})));
    for (const words of PATIENT_DETAILS) expect(text).not.toContain(words);
  });

  it('shows patient details only when asked, and says so in the file name', async () => {
    const result = await handlers.saveExport({ kind: 'checklist', format: 'md', showPatientDetails: true });
    expect(result.saved).toBe(true);
    expect(last().name).toMatch(/WITH-PATIENT-DETAILS.*\.md$/);
    expect(String(last().data)).toContain('Ward 7B');
  });

  it('makes the summary PDF with pdfkit when the shell has no printer', async () => {
    const result = await handlers.saveExport({ kind: 'summary', format: 'pdf' });
    expect(result.saved).toBe(true);
    expect(last().name).toMatch(/^hindsight-appraisal-summary-.*\.pdf$/);
    const bytes = readFileSync(result.path!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never shows patient details in the summary, even if asked', async () => {
    const result = await handlers.saveExport({ kind: 'summary', format: 'html', showPatientDetails: true });
    expect(result.saved).toBe(true);
    const html = readFileSync(result.path!, 'utf8');
    for (const words of PATIENT_DETAILS) expect(html).not.toContain(words);
  });

  it('prints the HTML through the shell when it can (Electron printToPDF)', async () => {
    printed = [];
    const h = make(true, 'print.db');
    await h.importDemo();
    await markPatientRemove(h);
    const result = await h.saveExport({ kind: 'checklist', format: 'pdf' });
    expect(result.saved).toBe(true);
    expect(String(last().data)).toMatch(/^%PDF-1\.7 printed by the shell/);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^<!doctype html>/i);
    for (const words of PATIENT_DETAILS) expect(printed[0]).not.toContain(words);
    h.current().close();
  });

  it('saves the X ids as text, one id per line, and the CSV with its header', async () => {
    const x = await handlers.exportXDeletions();
    expect(x.count).toBe(1);
    const txt = await handlers.saveExport({ kind: 'x-deletions', format: 'txt' });
    expect(last().name).toBe('x-delete-ids.txt');
    const lines = readFileSync(txt.path!, 'utf8').split('\n').filter(Boolean);
    expect(lines).toEqual(['957136084792246272']);
    const csv = await handlers.saveExport({ kind: 'x-deletions', format: 'csv' });
    expect(last().name).toBe('x-delete.csv');
    expect(readFileSync(csv.path!, 'utf8').split('\n')[0]).toBe('tweet_id,url,created_at,kind');
  });

  it('never overwrites an earlier file in the preview folder', async () => {
    const a = await handlers.saveExport({ kind: 'x-deletions', format: 'txt' });
    const b = await handlers.saveExport({ kind: 'x-deletions', format: 'txt' });
    expect(a.path).not.toBe(b.path);
    expect(b.path).toMatch(/x-delete-ids \(\d+\)\.txt$/);
  });

  it('reports a cancelled Save dialog as not saved, with no error', async () => {
    answer = 'cancel';
    expect(await handlers.saveExport({ kind: 'checklist', format: 'csv' })).toEqual({ saved: false, path: null });
    answer = 'save';
  });

  it('turns a failed write into one sentence', async () => {
    answer = 'fail';
    const result = await handlers.saveExport({ kind: 'checklist', format: 'html' });
    answer = 'save';
    expect(result.saved).toBe(false);
    expect(result.path).toBeNull();
    expect(result.error).toMatch(/^The checklist was not saved \(EACCES: permission denied/);
    expect(result.error).not.toContain('\n');
  });

  it('says so when there is no X post marked remove', async () => {
    const h = make(true, 'empty.db');
    const result = await h.saveExport({ kind: 'x-deletions', format: 'txt' });
    expect(result).toEqual({ saved: false, path: null, error: expect.stringMatching(/No X posts are marked "remove"/) });
    h.current().close();
  });

  it.each([
    [undefined],
    [null],
    ['checklist'],
    [{ kind: 'everything', format: 'csv' }],
    [{ kind: 'checklist', format: 'exe' }],
    [{ kind: 'checklist', format: 'txt' }],
    [{ kind: 'summary', format: 'csv' }],
    [{ kind: 'x-deletions', format: 'pdf' }],
    [{ kind: 'checklist', format: 'csv', showPatientDetails: 'yes' }],
    [{ kind: '__proto__', format: 'csv' }],
  ])('rejects the malformed request %j', async (request) => {
    const before = saves.length;
    await expect(handlers.saveExport(request as unknown as SaveExportRequest)).rejects.toThrow(TypeError);
    expect(saves.length).toBe(before);
  });
});

describe('timeline and remediationFor', () => {
  it('gives posts and findings per month', async () => {
    const points = await handlers.timeline();
    expect(points.length).toBeGreaterThan(10);
    expect(points.every((p) => /^\d{4}-\d{2}$/.test(p.period))).toBe(true);
    expect(points.reduce((n, p) => n + p.posts, 0)).toBe(handlers.current().countPosts());
  });

  it('gives the steps for a finding by id, and refuses a malformed id', async () => {
    const [patient] = (await handlers.queryFindings({ status: 'remove' }));
    const steps = await handlers.remediationFor(patient!.id);
    expect(steps).toMatchObject({ title: 'Delete this post on X', action: 'remove', url: expect.stringMatching(/^https:\/\/x\.com\//) });
    expect(await handlers.remediationFor(999_999)).toBeNull();
    for (const bad of ['1', -1, 1.5, null, NaN]) await expect(handlers.remediationFor(bad as unknown as number)).rejects.toThrow(TypeError);
  });
});
