// @vitest-environment happy-dom
/**
 * The Export screen: one primary action per section, formats from the same table the handler
 * checks, patient details redacted unless the doctor ticks the box (and then warned), the X list's
 * count and the core's own readme (why Hindsight never deletes for you), and where the file went.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIDGE } from '../renderer/src/bridge';
import ExportScreen from '../renderer/src/screens/ExportScreen.vue';
import { NO_AUTOMATION_STATEMENT } from '../src/remediation/no-automation';
import { fakeBridge, type FakeBridge } from './renderer-fake-bridge';

let bridge: FakeBridge;
let wrapper: ReturnType<typeof mount>;

async function settle() {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

beforeEach(async () => {
  bridge = fakeBridge(6);
  bridge.findings[1]!.status = 'remove';
  bridge.findings[3]!.status = 'remove';
  bridge.findings[4]!.status = 'keep';
  wrapper = mount(ExportScreen, { global: { provide: { [BRIDGE as symbol]: bridge } }, attachTo: document.body });
  await settle();
});
afterEach(() => wrapper.unmount());

const saves = () => bridge.calls.filter((c) => c.method === 'saveExport').map((c) => c.args[0]);
const section = (id: string) => wrapper.find(`section[aria-labelledby="${id}"]`);

describe('export screen', () => {
  it('has one primary action per section', () => {
    for (const id of ['ex-checklist', 'ex-summary', 'ex-x']) expect(section(id).findAll('button.primary')).toHaveLength(1);
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Checklist', 'Appraisal summary', 'X bulk-deletion list']);
  });

  it('saves the checklist as CSV by default, redacted, and says where it went', async () => {
    await section('ex-checklist').find('button.primary').trigger('click');
    await settle();
    expect(saves()).toEqual([{ kind: 'checklist', format: 'csv', showPatientDetails: false }]);
    const status = wrapper.find('[data-testid="result-checklist"]');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(status.text()).toBe('Saved to /home/doctor/Documents/checklist.csv');
    expect(status.find('.path').text()).toBe('/home/doctor/Documents/checklist.csv');
  });

  it('offers CSV, PDF, HTML, Markdown and JSON for the checklist', async () => {
    const labels = section('ex-checklist').findAll('.formats label').map((l) => l.text());
    expect(labels).toEqual(['CSV (spreadsheet)', 'PDF', 'Web page (HTML)', 'Markdown', 'JSON']);
    await section('ex-checklist').find('input[value="pdf"]').setValue(true);
    await section('ex-checklist').find('button.primary').trigger('click');
    await settle();
    expect(saves()).toEqual([{ kind: 'checklist', format: 'pdf', showPatientDetails: false }]);
  });

  it('warns clearly when patient details are to be shown', async () => {
    expect(wrapper.find('[data-testid="patient-warning"]').exists()).toBe(false);
    const box = section('ex-checklist').find('input[type="checkbox"]');
    expect(box.element.closest('label')!.textContent!.trim()).toBe('Show patient details (not recommended: the checklist may be shown to your appraiser)');
    expect((box.element as HTMLInputElement).checked).toBe(false);
    await box.setValue(true);
    const warning = wrapper.find('[data-testid="patient-warning"]');
    expect(warning.attributes('role')).toBe('alert');
    expect(warning.text()).toContain('Patient details will be written into this file, unredacted.');
    expect(section('ex-checklist').find('button.primary').text()).toBe('Save checklist with patient details…');
    await section('ex-checklist').find('button.primary').trigger('click');
    await settle();
    expect(saves()).toEqual([{ kind: 'checklist', format: 'csv', showPatientDetails: true }]);
  });

  it('saves the summary as PDF or HTML, never with patient details', async () => {
    expect(section('ex-summary').findAll('.formats label').map((l) => l.text())).toEqual(['PDF', 'Web page (HTML)']);
    await section('ex-checklist').find('input[type="checkbox"]').setValue(true);
    await section('ex-summary').find('button.primary').trigger('click');
    await settle();
    expect(saves()).toEqual([{ kind: 'summary', format: 'pdf' }]);
  });

  it('counts the X posts marked remove, shows the core\'s statement, and saves ids or CSV', async () => {
    expect(wrapper.find('[data-testid="x-count"]').text()).toContain('2 X posts marked remove');
    const readme = wrapper.find('[data-testid="x-readme"]').text();
    expect(readme).toContain(NO_AUTOMATION_STATEMENT);
    await section('ex-x').find('input[value="csv"]').setValue(true);
    await section('ex-x').find('button.primary').trigger('click');
    await settle();
    expect(saves()).toEqual([{ kind: 'x-deletions', format: 'csv' }]);
  });

  it('says when the user cancelled, and shows an error as one sentence', async () => {
    bridge.saveResult = () => ({ saved: false, path: null });
    await section('ex-summary').find('button.primary').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="result-summary"]').text()).toBe('Not saved: you cancelled.');
    bridge.saveResult = () => ({ saved: false, path: null, error: 'The checklist was not saved (disk full).' });
    await section('ex-checklist').find('button.primary').trigger('click');
    await settle();
    expect(section('ex-checklist').find('[role="alert"]').text()).toBe('The checklist was not saved (disk full).');
  });

  it('disables the X list when nothing is marked remove', async () => {
    wrapper.unmount();
    bridge = fakeBridge(3);
    wrapper = mount(ExportScreen, { global: { provide: { [BRIDGE as symbol]: bridge } }, attachTo: document.body });
    await settle();
    expect(wrapper.find('[data-testid="x-count"]').text()).toContain('No X posts are marked remove yet');
    expect(section('ex-x').find('button.primary').attributes('disabled')).toBeDefined();
  });
});
