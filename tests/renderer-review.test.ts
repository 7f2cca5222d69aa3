// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIDGE } from '../renderer/src/bridge';
import ReviewScreen from '../renderer/src/screens/ReviewScreen.vue';
import { state } from '../renderer/src/store';
import { fakeBridge, type FakeBridge } from './renderer-fake-bridge';

function press(key: string, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

async function settle() {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

let bridge: FakeBridge;
let wrapper: ReturnType<typeof mount>;

beforeEach(async () => {
  state.reviewPreset = null;
  bridge = fakeBridge(250);
  wrapper = mount(ReviewScreen, { global: { provide: { [BRIDGE as symbol]: bridge } }, attachTo: document.body });
  await settle();
});

afterEach(() => wrapper.unmount());

const reviews = () => bridge.calls.filter((c) => c.method === 'setReview').map((c) => c.args[0] as { subjectKey: string; status: string });

describe('review queue by keyboard', () => {
  it('counts the open findings and shows the first one in the detail pane', () => {
    expect(wrapper.text()).toContain('250 findings to review');
    expect(wrapper.find('#detail-title').text()).toContain('Patient details');
    expect(bridge.calls.some((c) => c.method === 'countFindings' && (c.args[0] as { status?: string }).status === 'open')).toBe(true);
  });

  it('K keeps, R removes and E marks for editing, each saved at once and moving to the next finding', async () => {
    press('K');
    await settle();
    press('r');
    await settle();
    press('E');
    await settle();
    expect(reviews().map((r) => [r.subjectKey, r.status])).toEqual([
      ['post:twitter:1000', 'keep'],
      ['post:twitter:1001', 'remove'],
      ['post:twitter:1002', 'edit'],
    ]);
    expect(bridge.findings[0].status).toBe('keep');
    // The decided rows stay in place (no jump) and show their decision.
    expect(wrapper.find('[data-testid="detail-status"]').text()).toBe('To review');
  });

  it('arrow keys move the selection; U undoes a decision', async () => {
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    await settle();
    expect(wrapper.find('#detail-title').text()).toContain('Location'); // index 1 is a geotag finding
    press('k');
    await settle();
    press('ArrowUp');
    await settle();
    press('u');
    await settle();
    expect(reviews().map((r) => r.status)).toEqual(['keep', 'open']);
    expect(reviews()[1].subjectKey).toBe('post:twitter:1001');
  });

  it('N opens a note; Ctrl+Enter saves it with the current status', async () => {
    press('N');
    await settle();
    const box = wrapper.find('textarea#note-input');
    expect(box.exists()).toBe(true);
    await box.setValue('Anonymised already; fine.');
    // Keys typed in the note never trigger actions.
    press('K', box.element);
    await settle();
    expect(reviews()).toEqual([]);
    box.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(reviews()).toEqual([{ subjectKey: 'post:twitter:1000', pass: 'patient', rule: 'individual-patient', status: 'open', note: 'Anonymised already; fine.' }]);
  });

  it('O opens the post link through the bridge only', async () => {
    press('O');
    await settle();
    expect(bridge.calls.filter((c) => c.method === 'openExternal').map((c) => c.args[0])).toEqual(['https://x.com/drtest/status/1000']);
  });

  it('"/" focuses the search box and searching queries the full text', async () => {
    press('/');
    const search = wrapper.find('input#f-search');
    expect(document.activeElement).toBe(search.element);
    await search.setValue('rare condition');
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(bridge.calls.some((c) => c.method === 'countFindings' && (c.args[0] as { search?: string }).search === 'rare condition')).toBe(true);
  });

  it('filters by severity, concern and status', async () => {
    await wrapper.find('select#f-severity').setValue('high');
    await settle();
    expect(wrapper.text()).toContain('84 findings to review');
    await wrapper.find('select#f-pass').setValue('geotag');
    await settle();
    const last = bridge.calls.filter((c) => c.method === 'queryFindings').pop()!.args[0];
    expect(last).toMatchObject({ severity: 'high', pass: 'geotag', status: 'open', limit: 100, offset: 0 });
    await wrapper.find('select#f-status').setValue('');
    await settle();
    const q = bridge.calls.filter((c) => c.method === 'countFindings').pop()!.args[0] as Record<string, unknown>;
    expect(q.status).toBeUndefined();
  });

  it('shows a calm empty state when nothing matches', async () => {
    await wrapper.find('select#f-status').setValue('verified-removed');
    await settle();
    expect(wrapper.text()).toContain('No findings match these filters.');
    press('K');
    await settle();
    expect(reviews()).toEqual([]);
  });

  it('fetches findings a page at a time, never all at once', () => {
    const queries = bridge.calls.filter((c) => c.method === 'queryFindings').map((c) => c.args[0] as { limit?: number });
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((q) => q.limit === 100)).toBe(true);
  });
});
