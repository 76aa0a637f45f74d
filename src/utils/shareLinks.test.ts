import { describe, expect, test } from 'vitest';
import { pageToShareLinks } from './shareLinks.ts';

describe('pageToShareLinks', () => {
  const url = 'https://example.org/events/a/';
  const title = 'زيارة & لقاء (2+2)';
  const links = pageToShareLinks(url, title);
  const byNetwork = (network: string) => new URL(links.find((l) => l.network === network)!.href);

  test('returns X, Facebook, WhatsApp, Telegram and e-mail links', () => {
    expect(links.map((l) => l.network)).toEqual(['x', 'facebook', 'whatsapp', 'telegram', 'email']);
  });

  test('X and Telegram carry the title and the address as their own parameters', () => {
    expect(byNetwork('x').searchParams.get('text')).toBe(title);
    expect(byNetwork('x').searchParams.get('url')).toBe(url);
    expect(byNetwork('telegram').searchParams.get('text')).toBe(title);
    expect(byNetwork('telegram').searchParams.get('url')).toBe(url);
  });

  test('WhatsApp carries the title, then the address on its own line', () => {
    expect(byNetwork('whatsapp').searchParams.get('text')).toBe(`${title}\n${url}`);
  });

  test('Facebook takes the address; the e-mail has the title as subject and the address as body', () => {
    expect(byNetwork('facebook').searchParams.get('u')).toBe(url);
    expect(byNetwork('email').searchParams.get('subject')).toBe(title);
    expect(byNetwork('email').searchParams.get('body')).toBe(url);
  });

  test('web dialogs open in a new tab, the mail program does not', () => {
    expect(links.map((l) => l.newTab)).toEqual([true, true, true, true, false]);
  });
});
