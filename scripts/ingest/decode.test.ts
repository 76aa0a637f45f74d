import { describe, expect, test } from 'vitest';
import { bytesToText, normalizeText } from './decode.ts';

const encoder = new TextEncoder();

describe('bytesToText', () => {
  test('returns UTF-8 text unchanged', () => {
    expect(bytesToText(encoder.encode('اليابان والهند'))).toBe('اليابان والهند');
  });

  test('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('طوكيو')]);
    expect(bytesToText(bytes)).toBe('طوكيو');
  });

  test('falls back to windows-1256 for bytes that are not UTF-8', () => {
    // "اليابان" in windows-1256.
    const bytes = new Uint8Array([0xc7, 0xe1, 0xed, 0xc7, 0xc8, 0xc7, 0xe4]);
    expect(bytesToText(bytes)).toBe('اليابان');
  });

  test('keeps a UTF-8 article with one broken byte as UTF-8', () => {
    const good = encoder.encode('التقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون');
    const bytes = new Uint8Array([...good, 0xff, ...good]);
    expect(bytesToText(bytes)).toMatch(/^التقى وزير .*\uFFFDالتقى/);
  });

  test('decodes UTF-16 with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x27, 0x06, 0x44, 0x06]);
    expect(bytesToText(bytes)).toBe('ال');
  });

  test('returns an empty string for no bytes', () => {
    expect(bytesToText(new Uint8Array())).toBe('');
  });
});

describe('normalizeText', () => {
  test('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  test('drops control characters but keeps tabs and line breaks', () => {
    expect(normalizeText('a\u0007b\u001bc\td\u2028e')).toBe('abc\td\ne');
  });

  test('composes to NFC', () => {
    expect(normalizeText('\u0627\u0653')).toBe('\u0622');
  });
});
