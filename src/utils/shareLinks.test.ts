import { describe, expect, test } from 'vitest';
import { pageToShareLinks } from './shareLinks.ts';

describe('pageToShareLinks', () => {
  const links = pageToShareLinks('https://example.org/events/a/', 'زيارة & لقاء');
  test('returns X, Facebook, WhatsApp, Telegram and e-mail links', () => {
    expect(links.map((l) => l.network)).toEqual(['x', 'facebook', 'whatsapp', 'telegram', 'email']);
  });
  test('encodes the address and the Arabic title', () => {
    expect(links[0]!.href).toContain('url=https%3A%2F%2Fexample.org%2Fevents%2Fa%2F');
    expect(links[0]!.href).toContain(encodeURIComponent('زيارة & لقاء'));
    expect(links[4]!.href.startsWith('mailto:?subject=')).toBe(true);
  });
});
