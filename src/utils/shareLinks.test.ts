import { describe, expect, test } from 'vitest';
import { pageToShareLinks } from './shareLinks.ts';

describe('pageToShareLinks', () => {
  const links = pageToShareLinks('https://example.org/events/a/', 'زيارة & لقاء');
  test('returns X, Facebook, WhatsApp, Telegram and e-mail links', () => {
    expect(links.map((l) => l.network)).toEqual(['x', 'facebook', 'whatsapp', 'telegram', 'email']);
  });
  test('encodes the address in every link', () => {
    for (const link of links) expect(link.href).toContain('https%3A%2F%2Fexample.org%2Fevents%2Fa%2F');
  });
  test('puts the encoded Arabic title in the e-mail subject', () => {
    expect(links[4]!.href).toBe(`mailto:?subject=${encodeURIComponent('زيارة & لقاء')}&body=https%3A%2F%2Fexample.org%2Fevents%2Fa%2F`);
  });
});
