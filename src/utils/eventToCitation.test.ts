import { describe, expect, test } from 'vitest';
import { eventToCitation } from './eventToCitation.ts';

const input = {
  id: '2025-01-13-kr-official-visit',
  title: 'وزير خارجية اليابان يزور كوريا الجنوبية, {100%} & #1_',
  date: '2025-01-13',
  datePrecision: 'day' as const,
  permalink: 'https://timeline.example.org/events/2025-01-13-kr-official-visit/',
  site: { title: 'دبلوماسية اليابان الثنائية' },
};

describe('eventToCitation', () => {
  test('plain text gives the site, the title, the event date, the permalink and the access date', () => {
    expect(eventToCitation(input).text('1 ديسمبر 2026')).toBe(
      'دبلوماسية اليابان الثنائية. «وزير خارجية اليابان يزور كوريا الجنوبية, {100%} & #1_». حدث بتاريخ 13 يناير 2025. https://timeline.example.org/events/2025-01-13-kr-official-visit/ (تاريخ الاطلاع: 1 ديسمبر 2026).',
    );
  });

  test('biblatex escapes TeX specials and keeps the URL verbatim', () => {
    const bib = eventToCitation(input).bibtex('2026-12-01');
    expect(bib).toContain('@online{2025-01-13-kr-official-visit,');
    expect(bib).toContain('title = {وزير خارجية اليابان يزور كوريا الجنوبية, \\{100\\%\\} \\& \\#1\\_},');
    expect(bib).toContain('eventdate = {2025-01-13},');
    expect(bib).toContain('url = {https://timeline.example.org/events/2025-01-13-kr-official-visit/},');
    expect(bib).toContain('urldate = {2026-12-01},');
    expect(bib.trim().endsWith('}')).toBe(true);
  });

  test('without an access date, biblatex and CSL-JSON leave it out', () => {
    expect(eventToCitation(input).bibtex()).not.toContain('urldate');
    expect(JSON.parse(eventToCitation(input).csl())[0]).not.toHaveProperty('accessed');
  });

  test('CSL-JSON parses, with the event date to its precision and the access date', () => {
    const [csl] = JSON.parse(eventToCitation({ ...input, date: '2024-05-01', datePrecision: 'month' }).csl('2026-12-01'));
    expect(csl).toEqual({
      id: '2025-01-13-kr-official-visit',
      type: 'webpage',
      title: input.title,
      'container-title': 'دبلوماسية اليابان الثنائية',
      'event-date': { 'date-parts': [[2024, 5]] },
      URL: input.permalink,
      accessed: { 'date-parts': [[2026, 12, 1]] },
      language: 'ar',
    });
    expect(eventToCitation({ ...input, date: '2024-05-01', datePrecision: 'month' }).bibtex('2026-12-01')).toContain('eventdate = {2024-05},');
  });
});
