import { describe, expect, test } from 'vitest';
import { eventToSearchTerms } from './searchTerms.ts';

const sources = {
  countryTerms: (code: string) => (code === 'IN' ? ['الهند', 'الهندية', 'India'] : [code]),
  officialTerms: (id: string) => (id === 'takeshi-iwaya' ? ['Takeshi Iwaya', 'إيويا'] : []),
  formatTerms: (slug: string) => [slug],
};

describe('eventToSearchTerms', () => {
  const terms = eventToSearchTerms(
    { parties: ['IN', 'JP'], mentions: [], formats: ['official-visit'], officials: [{ id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: ['إيوايا'] }] },
    sources,
  );
  test('returns country names, nisbas and English names of the parties', () => {
    expect(terms).toEqual(expect.arrayContaining(['الهند', 'الهندية', 'India']));
  });
  test('leaves Japan out, as it is a party to every event', () => {
    expect(terms).not.toContain('JP');
  });
  test('returns every spelling of the officials with normalised variants', () => {
    expect(terms).toEqual(expect.arrayContaining(['إيوايا', 'ايوايا', 'إيويا', 'ايويا', 'Takeshi Iwaya']));
  });
  test('returns each term once', () => {
    expect(new Set(terms).size).toBe(terms.length);
  });
});
