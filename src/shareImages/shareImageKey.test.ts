import { describe, expect, test } from 'vitest';
import type { ShareCard } from './shareCard.ts';
import { shareImageKey } from './shareImageKey.ts';

const card: ShareCard = { eyebrow: 'زيارة رسمية', title: 'وزير الخارجية يزور سيول', lines: [{ text: '13 يناير 2025' }], site: 'دبلوماسية اليابان الثنائية', host: 'timeline.example.org' };

describe('shareImageKey', () => {
  test('the same card drawn by the same code has the same key', () => {
    expect(shareImageKey(card, ['code v1', 'font'])).toBe(shareImageKey({ ...card, lines: [{ text: '13 يناير 2025' }] }, ['code v1', 'font']));
  });

  test('any change to what is drawn, or to what draws it, changes the key', () => {
    const key = shareImageKey(card, ['code v1', 'font']);
    const changed = [
      shareImageKey({ ...card, title: 'وزير الخارجية يزور طوكيو' }, ['code v1', 'font']),
      shareImageKey({ ...card, eyebrow: 'قمة' }, ['code v1', 'font']),
      shareImageKey({ ...card, lines: [{ text: '14 يناير 2025' }] }, ['code v1', 'font']),
      shareImageKey({ ...card, host: 'example.net' }, ['code v1', 'font']),
      shareImageKey(card, ['code v2', 'font']),
      shareImageKey(card, ['code v1', 'font 2']),
    ];
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
  });
});
