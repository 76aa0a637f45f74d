import { describe, expect, test } from 'vitest';
import { sampleEvent } from '../../tests/helpers/sampleEvent.ts';
import { pagesToShareCards } from './pagesToShareCards.ts';
import { shareCardToAlt } from './shareCardToAlt.ts';

const events = [
  { id: 'e-in', data: sampleEvent({ title: 'لقاء مع الهند', date: '2024-11-27', parties: ['IN', 'JP'], format: 'official-visit', formats: ['official-visit'], officials: [{ id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: [], country: 'JP', role: 'وزير الخارجية' }] }) },
  { id: 'e-us', data: sampleEvent({ title: 'لقاء مع أمريكا', date: '2025-01-07', parties: ['JP', 'US'], mentions: ['CN'] }) },
];

describe('pagesToShareCards', () => {
  const cards = pagesToShareCards(events);

  test('draws one image for the site, each event, country, official, format and year', () => {
    expect([...cards.keys()].sort()).toEqual(
      ['/og/site.png', '/og/years/2024.png', '/og/years/2025.png', '/og/events/e-in.png', '/og/events/e-us.png', '/og/countries/cn.png', '/og/countries/in.png', '/og/countries/us.png', '/og/officials/takeshi-iwaya.png', '/og/formats/official-visit.png', '/og/formats/foreign-ministers-meeting.png'].sort(),
    );
  });

  test('a country card names the pair and counts its meetings; one only mentioned has none', () => {
    expect(cards.get('/og/countries/in.png')).toMatchObject({ title: 'اليابان والهند', lines: [{ text: 'India', dir: 'ltr' }, { text: 'لقاء واحد في 2024' }] });
    expect(cards.get('/og/countries/cn.png')?.lines.at(-1)).toEqual({ text: 'لا لقاءات' });
  });

  test('an official card gives the role and country, the Arabic and the English name', () => {
    expect(cards.get('/og/officials/takeshi-iwaya.png')).toMatchObject({ eyebrow: 'وزير الخارجية · اليابان', title: 'تاكيشي إيوايا', lines: [{ text: 'Takeshi Iwaya', dir: 'ltr' }, { text: 'لقاء واحد في 2024' }] });
  });

  test("a year's card counts that year's events only", () => {
    expect(cards.get('/og/years/2024.png')).toMatchObject({ title: 'أحداث عام 2024', lines: [{ text: 'حدث واحد في 2024' }] });
  });

  test('the site card counts every event, and the alt text says what the image shows', () => {
    expect(cards.get('/og/site.png')?.lines).toEqual([{ text: 'حدثان من 2024 إلى 2025' }]);
    expect(shareCardToAlt(cards.get('/og/events/e-in.png')!)).toBe('لقاء مع الهند، زيارة رسمية، 27 نوفمبر 2024 · 25 جمادى الأولى 1446 هـ');
  });
});
