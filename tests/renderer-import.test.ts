// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { BRIDGE } from '../renderer/src/bridge';
import ImportJobCard from '../renderer/src/components/ImportJobCard.vue';
import { timeLeft } from '../renderer/src/format';
import { parsePlaces } from '../renderer/src/places';
import ImportScreen from '../renderer/src/screens/ImportScreen.vue';
import SettingsScreen from '../renderer/src/screens/SettingsScreen.vue';
import StartScreen from '../renderer/src/screens/StartScreen.vue';
import { state, type ImportJob } from '../renderer/src/store';
import { fakeBridge } from './renderer-fake-bridge';

const job = (over: Partial<ImportJob> = {}): ImportJob => ({
  id: 1,
  label: 'twitter-2023.zip',
  path: '/home/dr/twitter-2023.zip',
  demo: false,
  state: 'running',
  progress: { archive: 'twitter-2023.zip', entriesRead: 12, entriesTotal: 48, postsFound: 340, bytesRead: 25 * 1024 * 1024, bytesTotal: 100 * 1024 * 1024, current: 'data/tweets.js', elapsedMs: 10_000 },
  summary: null,
  error: null,
  ...over,
});

describe('import progress', () => {
  it('shows entries read, posts found, bytes and a time left from the byte rate', () => {
    const w = mount(ImportJobCard, { props: { job: job() } });
    const bar = w.find('[role="progressbar"]');
    expect(bar.attributes('aria-valuenow')).toBe('25');
    expect(w.text()).toContain('12 of 48');
    expect(w.text()).toContain('340');
    expect(w.text()).toContain('25 MB of 100 MB');
    // 25% in 10 s -> 30 s left.
    expect(w.text()).toContain('about 30 seconds left');
    expect(w.text()).toContain('Reading data/tweets.js');
  });

  it('says "estimating" until the rate means something', () => {
    const w = mount(ImportJobCard, { props: { job: job({ progress: { ...job().progress!, elapsedMs: 200 } }) } });
    expect(w.text()).toContain('estimating…');
    expect(timeLeft(50, 100, 90 * 60_000)).toBe('about 1 hour 30 min left');
  });

  it('shows a failed archive’s one sentence', () => {
    const w = mount(ImportJobCard, { props: { job: job({ state: 'failed', error: 'This file is not a zip archive.' }) } });
    expect(w.text()).toContain('Could not import');
    expect(w.find('.message').text()).toBe('This file is not a zip archive.');
  });

  it('"Try the demo" imports the demo and the import screen reports it done', async () => {
    state.jobs = [];
    const bridge = fakeBridge(3);
    const start = mount(StartScreen, { global: { provide: { [BRIDGE as symbol]: bridge } } });
    const demo = start.findAll('button').find((b) => b.text() === 'Try the demo')!;
    await demo.trigger('click');
    await flushPromises();
    expect(bridge.calls.map((c) => c.method)).toContain('importDemo');
    expect(state.screen).toBe('import');
    const screen = mount(ImportScreen, { global: { provide: { [BRIDGE as symbol]: bridge } } });
    await flushPromises();
    expect(screen.text()).toContain('Imported');
    expect(screen.text()).toContain('40 posts');
    expect(screen.find('button.primary').text()).toBe('Review findings');
  });

  it('the preview path box imports that path and shows a bad archive’s sentence', async () => {
    state.jobs = [];
    const bridge = fakeBridge(3, { importResult: 'error' });
    const start = mount(StartScreen, { global: { provide: { [BRIDGE as symbol]: bridge } } });
    await start.find('input#dev-path').setValue('/tmp/not-a-zip.zip');
    await start.find('form.dev').trigger('submit');
    await flushPromises();
    expect(bridge.calls.find((c) => c.method === 'importArchive')?.args).toEqual(['/tmp/not-a-zip.zip']);
    expect(state.jobs[0]).toMatchObject({ state: 'failed', error: 'This file is not a zip archive.' });
  });
});

describe('settings', () => {
  it('parses sensitive places with and without coordinates', () => {
    expect(parsePlaces("Home, 51.52, -0.10\n\nSt Mary's Hospital\nBad, 200, 5")).toEqual([
      { name: 'Home', lat: 51.52, lon: -0.1 },
      { name: "St Mary's Hospital", lat: null, lon: null },
      { name: 'Bad, 200, 5', lat: null, lon: null },
    ]);
  });

  it('saves settings and deletes the workspace only after confirmation', async () => {
    const bridge = fakeBridge(3);
    const w = mount(SettingsScreen, { global: { provide: { [BRIDGE as symbol]: bridge } }, attachTo: document.body });
    await flushPromises();
    await w.find('input#s-name').setValue('Dr Jane Doe');
    await w.find('textarea#s-interests').setValue('Advisory board, Acme Pharma\n');
    await w.find('input[value="2024"]').setValue(true);
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(bridge.calls.find((c) => c.method === 'setSettings')?.args[0]).toEqual({
      fullName: 'Dr Jane Doe',
      declaredInterests: ['Advisory board, Acme Pharma'],
      sensitivePlaces: [],
      edition: '2024',
    });
    await w.findAll('button').find((b) => b.text().startsWith('Delete workspace'))!.trigger('click');
    expect(bridge.calls.some((c) => c.method === 'deleteWorkspace')).toBe(false);
    expect(w.find('[role="alertdialog"]').exists()).toBe(true);
    await w.findAll('button').find((b) => b.text() === 'Delete everything')!.trigger('click');
    await flushPromises();
    expect(bridge.calls.some((c) => c.method === 'deleteWorkspace')).toBe(true);
    w.unmount();
  });
});
