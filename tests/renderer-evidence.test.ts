// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { BRIDGE } from '../renderer/src/bridge';
import EvidenceText from '../renderer/src/components/EvidenceText.vue';
import FindingDetail from '../renderer/src/components/FindingDetail.vue';
import { coordinatesOf } from '../renderer/src/geo';
import { refLabel, topicFor } from '../renderer/src/guidance';
import { segments } from '../renderer/src/highlight';
import { fakeBridge, makeFinding } from './renderer-fake-bridge';

describe('evidence highlighting', () => {
  it('cuts the text at span edges and marks each span', () => {
    expect(segments('a patient aged 54 today', [{ start: 2, end: 9, kind: 'patient', text: 'patient' }, { start: 15, end: 17, kind: 'age', text: '54' }])).toEqual([
      { text: 'a ', kinds: [] },
      { text: 'patient', kinds: ['patient'] },
      { text: ' aged ', kinds: [] },
      { text: '54', kinds: ['age'] },
      { text: ' today', kinds: [] },
    ]);
  });

  it('survives overlapping, out-of-range and empty spans without losing text', () => {
    const text = 'hello world';
    const parts = segments(text, [
      { start: 0, end: 7, kind: 'a', text: '' },
      { start: 4, end: 99, kind: 'b', text: '' },
      { start: 5, end: 5, kind: 'c', text: '' },
      { start: -3, end: 2, kind: 'd', text: '' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.text === 'o w')?.kinds).toEqual(['a', 'b']);
  });

  it('renders <mark> over exactly the evidence words', () => {
    const w = mount(EvidenceText, { props: { text: 'saw a 54 year old patient', spans: [{ start: 6, end: 17, kind: 'age', text: '54 year old' }] } });
    const marks = w.findAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].text()).toContain('54 year old');
    expect(marks[0].attributes('data-kind')).toBe('age');
  });

  it('the detail pane shows the post, its marks, the why and the guidance paragraph with its number', () => {
    const f = makeFinding(0);
    const w = mount(FindingDetail, { props: { finding: f, edition: '2013', noteOpen: false }, global: { provide: { [BRIDGE as symbol]: fakeBridge(0) } } });
    expect(w.findAll('.post mark').map((m) => m.text().replace(/\s*\(.*\)$/, ''))).toEqual(['patient', '54 year old'].sort((a, b) => f.text!.indexOf(a) - f.text!.indexOf(b)));
    expect(w.text()).toContain('Mentions a patient with an age and a place.');
    expect(w.find('.guidance').text()).toContain('¶12, ¶13, ¶14');
    expect(w.find('.guidance').text()).toContain(topicFor('patient', '2013')!.title);
  });

  it('shows a geotag finding’s file and coordinates from its evidence', () => {
    const f = makeFinding(1, {
      subjectType: 'media',
      text: null,
      mediaPath: 'data/tweets_media/1001-abc.jpg',
      evidence: [{ start: 0, end: 0, kind: 'gps', field: 'exif', text: '51.50740, -0.12780' }],
      explanation: 'The photo holds GPS coordinates near Westminster, London.',
    });
    const w = mount(FindingDetail, { props: { finding: f, edition: '2013', noteOpen: false }, global: { provide: { [BRIDGE as symbol]: fakeBridge(0) } } });
    expect(w.text()).toContain('data/tweets_media/1001-abc.jpg');
    expect(w.text()).toContain('51.5074° N, 0.1278° W');
    expect(w.text()).toContain('near Westminster');
  });
});

describe('coordinates and guidance labels', () => {
  it('reads coordinates from numeric fields or text, and ignores absent or nonsense ones', () => {
    expect(coordinatesOf([{ start: 0, end: 0, kind: 'gps', text: '', lat: 52.2, lon: 0.12 } as never])).toEqual({ lat: 52.2, lon: 0.12 });
    expect(coordinatesOf([{ start: 0, end: 0, kind: 'coordinates', text: '[-33.8688, 151.2093]' }])).toEqual({ lat: -33.8688, lon: 151.2093 });
    expect(coordinatesOf([{ start: 0, end: 5, kind: 'place', text: 'Leeds' }])).toBeNull();
    expect(coordinatesOf([{ start: 0, end: 0, kind: 'gps', text: '0, 0' }])).toBeNull();
  });

  it('labels paragraph references as a reader expects', () => {
    expect(['12', 'SM 18', 'GMP 90(b)', '2013 8c', '8c'].map(refLabel)).toEqual(['¶12', 'SM ¶18', 'GMP ¶90(b)', '2013 ¶8(c)', '¶8(c)']);
  });
});
