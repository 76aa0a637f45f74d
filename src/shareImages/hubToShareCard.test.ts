import { describe, expect, test } from 'vitest';
import { hubToShareCard } from './hubToShareCard.ts';

describe('hubToShareCard', () => {
  test('counts the events in Arabic and gives the span of years', () => {
    const card = hubToShareCard({ eyebrow: 'دولة', title: 'اليابان والهند', dates: ['2024-11-27', '2015-02-01', '2019-06-30'] });
    expect(card.lines).toEqual([{ text: '3 لقاءات من 2015 إلى 2024' }]);
    expect(card).toMatchObject({ eyebrow: 'دولة', title: 'اليابان والهند', site: 'دبلوماسية اليابان الثنائية' });
  });

  test('puts the subtitle first and says «in» for a single year', () => {
    const card = hubToShareCard({ eyebrow: 'وزير الخارجية', title: 'تاكيشي إيوايا', subtitle: { text: 'Takeshi Iwaya', dir: 'ltr' }, dates: ['2025-01-13', '2025-01-07'], noun: 'event' });
    expect(card.lines).toEqual([{ text: 'Takeshi Iwaya', dir: 'ltr' }, { text: 'حدثان في 2025' }]);
  });

  test('a hub without events says so', () => {
    expect(hubToShareCard({ eyebrow: 'دولة', title: 'اليابان ومالي', dates: [] }).lines).toEqual([{ text: 'لا لقاءات' }]);
  });
});
