import { describe, expect, test } from 'vitest';
import { eventToJsonLd, jsonLdToScriptText, trailToBreadcrumbJsonLd, type EventLdInput } from './jsonLd.ts';

describe('jsonLdToScriptText', () => {
  test('escapes < so text cannot close the script element', () => {
    const text = jsonLdToScriptText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

const JP = { code: 'JP', name: 'اليابان' };
const KR = { code: 'KR', name: 'كوريا الجنوبية' };
const visit: EventLdInput = {
  url: 'https://example.org/events/x/',
  title: 'عنوان',
  date: '2025-01-13',
  datePrecision: 'day',
  online: false,
  place: { city: 'سيول', country: KR },
  people: [
    { name: 'تاكيشي إيوايا', role: 'وزير الخارجية', country: JP },
    { name: 'تشو تاي يول', role: 'وزير الخارجية', country: KR },
  ],
  parties: [{ ...KR, url: 'https://example.org/countries/kr/' }],
  sources: [{ outlet: 'البوابة نيوز', url: 'https://news.example/1', publishedAt: '2025-01-14' }, { outlet: 'بلا رابط' }],
};

describe('eventToJsonLd', () => {
  test('an Event in Arabic with its date and a place whose country is an ISO code', () => {
    expect(eventToJsonLd(visit)).toMatchObject({
      '@type': 'Event',
      inLanguage: 'ar',
      startDate: '2025-01-13',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'سيول، كوريا الجنوبية', address: { '@type': 'PostalAddress', addressLocality: 'سيول', addressCountry: 'KR' } },
    });
  });

  test('the host country’s officials organise, the guests attend; nobody performs', () => {
    const ld = eventToJsonLd(visit);
    expect(ld.organizer).toEqual([{ '@type': 'Person', name: 'تشو تاي يول', jobTitle: 'وزير الخارجية', nationality: { '@type': 'Country', name: 'كوريا الجنوبية', identifier: 'KR' } }]);
    expect(ld.attendee).toEqual([{ '@type': 'Person', name: 'تاكيشي إيوايا', jobTitle: 'وزير الخارجية', nationality: { '@type': 'Country', name: 'اليابان', identifier: 'JP' } }]);
    expect(ld).not.toHaveProperty('performer');
    expect(ld.about).toEqual([{ '@type': 'Country', name: 'كوريا الجنوبية', identifier: 'KR', url: 'https://example.org/countries/kr/' }]);
  });

  test('a phone call is online, with no place and no host', () => {
    const ld = eventToJsonLd({ ...visit, online: true });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld).not.toHaveProperty('location');
    expect(ld).not.toHaveProperty('organizer');
    expect(ld.attendee).toHaveLength(2);
  });

  test('the date keeps only the known precision; sources with a URL are the articles about it', () => {
    const ld = eventToJsonLd({ ...visit, date: '2024-05-01', datePrecision: 'month' });
    expect(ld.startDate).toBe('2024-05');
    expect(ld.subjectOf).toEqual([{ '@type': 'NewsArticle', url: 'https://news.example/1', publisher: { '@type': 'Organization', name: 'البوابة نيوز' }, datePublished: '2025-01-14' }]);
  });
});

describe('trailToBreadcrumbJsonLd', () => {
  test('numbers the steps from 1', () => {
    expect(trailToBreadcrumbJsonLd([{ name: 'الخط الزمني', url: 'https://example.org/' }, { name: '2025', url: 'https://example.org/years/2025/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'الخط الزمني', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: '2025', item: 'https://example.org/years/2025/' },
      ],
    });
  });
});
