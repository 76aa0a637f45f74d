import { describe, expect, test } from 'vitest';
import { eventToSearchTerms } from './searchTerms.ts';

const sources = {
  countryTerms: (code: string) => (code === 'IN' ? ['الهند', 'الهندية', 'India'] : code === 'CN' ? ['الصين', 'China'] : [code]),
  officialTerms: (id: string) => (id === 'takeshi-iwaya' ? ['Takeshi Iwaya', 'إيويا'] : []),
  formatTerms: (slug: string) => [slug],
};

describe('eventToSearchTerms', () => {
  const { primary, mentions } = eventToSearchTerms(
    { parties: ['IN', 'JP'], mentions: ['CN', 'JP'], formats: ['official-visit'], officials: [{ id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: ['إيوايا'] }] },
    sources,
  );
  test('returns country names, nisbas and English names of the parties', () => {
    expect(primary).toEqual(expect.arrayContaining(['الهند', 'الهندية', 'India']));
  });
  test('keeps only the English name of Japan, a party to every event', () => {
    expect(primary).toContain('Japan');
    expect(primary).not.toContain('JP');
  });
  test('returns every spelling of the officials with normalised variants', () => {
    expect(primary).toEqual(expect.arrayContaining(['إيوايا', 'ايوايا', 'إيويا', 'ايويا', 'Takeshi Iwaya']));
  });
  test('returns mentioned countries apart, without Japan', () => {
    expect(mentions).toEqual(['الصين', 'China']);
  });
  test('returns each term once', () => {
    expect(new Set(primary).size).toBe(primary.length);
  });
});
