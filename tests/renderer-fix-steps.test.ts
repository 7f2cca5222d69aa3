// @vitest-environment happy-dom
/**
 * "How to fix it" in the review pane: the platform steps from remediationFor once a finding is
 * marked remove or edit (always for a profile finding), the link opened only on click and only
 * through the bridge, and what a newer archive said about it.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingView } from '../src/api';
import { BRIDGE } from '../renderer/src/bridge';
import FindingDetail from '../renderer/src/components/FindingDetail.vue';
import ReviewScreen from '../renderer/src/screens/ReviewScreen.vue';
import { state } from '../renderer/src/store';
import { fakeBridge, makeFinding, type FakeBridge } from './renderer-fake-bridge';

let wrapper: ReturnType<typeof mount> | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

async function settle() {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

async function detail(finding: FindingView, bridge: FakeBridge = fakeBridge(0)) {
  bridge.findings.push(finding);
  wrapper = mount(FindingDetail, {
    props: { finding, edition: '2013', noteOpen: false },
    global: { provide: { [BRIDGE as symbol]: bridge } },
    attachTo: document.body,
  });
  await settle();
  return { wrapper, bridge };
}

const remediationCalls = (b: FakeBridge) => b.calls.filter((c) => c.method === 'remediationFor').map((c) => c.args[0]);

describe('how to fix it', () => {
  it('stays out of the way while a finding is still to review', async () => {
    const { wrapper, bridge } = await detail(makeFinding(0));
    expect(wrapper.find('[data-testid="fix-steps"]').exists()).toBe(false);
    expect(remediationCalls(bridge)).toEqual([]);
  });

  it('shows the numbered X steps and the link once marked remove; the link opens only on click', async () => {
    const { wrapper, bridge } = await detail(makeFinding(0, { status: 'remove' }));
    const panel = wrapper.find('[data-testid="fix-steps"]');
    expect(panel.find('h3').text()).toBe('How to fix it: Delete this post on X');
    const steps = panel.findAll('ol li').map((li) => li.text());
    expect(steps[0]).toContain('signed in as @drtest');
    expect(steps.some((s) => s.includes('Choose Delete'))).toBe(true);
    expect(panel.text()).toContain('Not yet confirmed');
    expect(bridge.calls.some((c) => c.method === 'openExternal')).toBe(false);
    await panel.find('button').trigger('click');
    expect(wrapper.emitted('openLink')).toEqual([['https://x.com/drtest/status/1000']]);
  });

  it('says, beside the steps, why Hindsight never deletes for you', async () => {
    const { wrapper } = await detail(makeFinding(0, { status: 'remove' }));
    const why = wrapper.find('[data-testid="fix-steps"] details.why-manual');
    expect(why.find('summary').text()).toBe("Why doesn't Hindsight do this for me?");
    expect(why.text()).toContain('never asks for your password');
  });

  it('gives the edit steps when marked edit', async () => {
    const { wrapper } = await detail(makeFinding(0, { status: 'edit' }));
    expect(wrapper.find('[data-testid="fix-steps"]').text()).toContain('Replace this post on X');
  });

  it('adds the settings that stop a geotag recurring', async () => {
    const { wrapper } = await detail(makeFinding(1, { pass: 'geotag', rule: 'post-coordinates', status: 'remove', evidence: [{ start: 0, end: 0, kind: 'gps', field: 'geo', text: '51.5, -0.1' }] }));
    const text = wrapper.find('[data-testid="fix-steps"]').text();
    expect(text).toContain('Stop it happening again on X');
    expect(text).toContain('Location Services > Camera > Never');
  });

  it('explains that a profile finding is fixed on the profile, whatever its status, with profile wording on the buttons', async () => {
    const profile = makeFinding(2, {
      pass: 'anonymity',
      rule: 'doctor-without-name',
      subjectType: 'account',
      subjectKey: 'account:twitter:drtest',
      kind: null,
      url: null,
      text: 'NHS doctor. Views my own.',
      evidence: [{ start: 0, end: 10, kind: 'doctor-claim', text: 'NHS doctor', field: 'bio' }],
    });
    const { wrapper } = await detail(profile);
    const panel = wrapper.find('[data-testid="fix-steps"]');
    expect(panel.text()).toContain('This is about your profile, not a post: nothing needs deleting');
    expect(panel.text()).toContain('Name yourself on your X profile, or close the account');
    expect(panel.find('button').text()).toBe('Open your profile on x.com');
    const buttons = wrapper.findAll('.decide .buttons button').map((b) => b.text());
    expect(buttons).toEqual(['Keep as is K', 'Close account R', 'Fix profile E', 'Note N']);
  });

  it('says "Verified removed on <date>" once a newer archive confirmed it, without the steps', async () => {
    const { wrapper } = await detail(makeFinding(0, { status: 'verified-removed', verifiedAt: '2025-03-04T09:00:00.000Z' }));
    const panel = wrapper.find('[data-testid="fix-steps"]');
    expect(panel.find('[data-testid="fix-state"]').text()).toContain('Verified removed on 4 Mar 2025');
    expect(panel.find('ol').exists()).toBe(false);
  });

  it('says "Done" for a confirmed edit', async () => {
    const { wrapper } = await detail(makeFinding(0, { status: 'done', verifiedAt: '2025-03-04T09:00:00.000Z' }));
    expect(wrapper.find('[data-testid="fix-state"]').text()).toMatch(/^Done\./);
  });

  it('shows the core\'s "still present" note as a state, apart from the doctor\'s own note', async () => {
    const { wrapper } = await detail(makeFinding(0, { status: 'open', note: 'Asked the ward first.\nStill present in the archive of 2025-02-01.' }));
    const state = wrapper.find('[data-testid="fix-state"]');
    expect(state.text()).toContain('Still there. Still present in the archive of 2025-02-01.');
    expect(wrapper.find('ol').exists()).toBe(true);
    expect(wrapper.find('.note-text').text()).toBe('Your note: Asked the ward first.');
  });
});

describe('in the review queue', () => {
  it('R marks remove and moves on with a hint; ↑ goes back to the steps', async () => {
    state.reviewPreset = null;
    const bridge = fakeBridge(5);
    wrapper = mount(ReviewScreen, { global: { provide: { [BRIDGE as symbol]: bridge } }, attachTo: document.body });
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, cancelable: true }));
    await settle();
    expect(wrapper.find('[data-testid="decision-hint"]').text()).toContain('Press ↑ to see how to do it on the platform');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
    await settle();
    expect(wrapper.find('[data-testid="decision-hint"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="fix-steps"]').text()).toContain('Delete this post on X');
  });
});
