import { describe, expect, test } from 'vitest';
import { eventToJsonLd, jsonLdToScriptText } from './jsonLd.ts';

describe('jsonLdToScriptText', () => {
  test('escapes < so text cannot close the script element', () => {
    const text = jsonLdToScriptText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('eventToJsonLd', () => {
  const ld = eventToJsonLd({
    url: 'https://example.org/events/x/',
    title: 'عنوان',
    summary: 'ملخص',
    date: '2024-11-27',
    city: 'طوكيو',
    countryName: 'اليابان',
    people: [{ name: 'تاكيشي إيوايا', role: 'وزير الخارجية', countryName: 'اليابان' }],
    parties: [{ name: 'الهند', url: 'https://example.org/countries/in/' }],
    sourceUrls: [],
  });
  test('returns an Event in Arabic with its start date and place', () => {
    expect(ld).toMatchObject({ '@type': 'Event', inLanguage: 'ar', startDate: '2024-11-27', location: { '@type': 'Place', name: 'طوكيو، اليابان' } });
  });
  test('lists the officials as persons and the parties as what it is about', () => {
    expect(ld.performer).toEqual([{ '@type': 'Person', name: 'تاكيشي إيوايا', jobTitle: 'وزير الخارجية', nationality: 'اليابان' }]);
    expect(ld.about).toEqual([{ '@type': 'Country', name: 'الهند', url: 'https://example.org/countries/in/' }]);
  });
});
