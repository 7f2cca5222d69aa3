import { describe, expect, it } from 'vitest';
import { fixMojibake, fixMojibakeDeep } from '../src/importers/facebook/mojibake.js';
import { dropSensitiveKeys } from '../src/importers/facebook/privacy.js';
import { facebookStableId } from '../src/importers/facebook/stable-id.js';
import { facebookJson } from './generators/facebook.js';

describe('Facebook mojibake', () => {
  it('repairs UTF-8 bytes written one per \\u00XX escape', () => {
    expect(fixMojibake(JSON.parse('"caf\\u00c3\\u00a9"'))).toBe('café');
    expect(fixMojibake(JSON.parse('"\\u00f0\\u009f\\u0098\\u0082"'))).toBe('😂');
    expect(fixMojibake(JSON.parse('"K\\u00c3\\u00b8benhavn \\u00c5\\u0082"'))).toBe('København ł');
  });

  it('leaves text alone when it is not mojibake', () => {
    expect(fixMojibake('plain ascii')).toBe('plain ascii');
    // A code point above U+00FF means the string was never byte-escaped.
    expect(fixMojibake('café ł')).toBe('café ł');
    // "é" alone as Latin-1 is not valid UTF-8: kept.
    expect(fixMojibake('caf\u00e9')).toBe('café');
  });

  it('normalises decomposed text to NFC', () => {
    expect(fixMojibake('Vie\u0323\u0302t')).toBe('Việt');
    expect(fixMojibake(JSON.parse(facebookJson('Vie\u0323\u0302t')))).toBe('Việt');
  });

  it('repairs every string in a tree and drops upload_ip at any depth', () => {
    const tree = JSON.parse(facebookJson({ a: ['Zoë', { b: 'Ångström', upload_ip: '10.0.0.1' }], n: 3 }));
    expect(dropSensitiveKeys(fixMojibakeDeep(tree))).toEqual({ a: ['Zoë', { b: 'Ångström' }], n: 3 });
  });
});

describe('Facebook stable ids', () => {
  it('depend on kind, time, text and attachments, not on attachment order', () => {
    const a = facebookStableId('post', 1546300800, 'hi', ['b.jpg', 'a.jpg']);
    expect(a).toMatch(/^fb-[0-9a-f]{20}$/);
    expect(facebookStableId('post', 1546300800, 'hi', ['a.jpg', 'b.jpg'])).toBe(a);
    expect(facebookStableId('comment', 1546300800, 'hi', ['a.jpg', 'b.jpg'])).not.toBe(a);
    expect(facebookStableId('post', 1546300801, 'hi', ['a.jpg', 'b.jpg'])).not.toBe(a);
    expect(facebookStableId('post', 1546300800, 'hi!', ['a.jpg', 'b.jpg'])).not.toBe(a);
  });
});
