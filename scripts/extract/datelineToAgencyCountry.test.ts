import { describe, expect, test } from 'vitest';
import { datelineToAgencyCountry } from './datelineToAgencyCountry.ts';

describe('datelineToAgencyCountry', () => {
  test.each([
    ['الرياض - واس', 'SA'],
    ['عكاظ - واس', 'SA'],
    ['نيودلهي - كونا', 'KW'],
    ['القاهرة 14 أكتوبر (أ ش أ) -', 'EG'],
    ['أبوظبي في 10 مارس/ وام/', 'AE'],
    ['الرباط - ومع', 'MA'],
    // batch 33's pond-10: Djibouti's agency under its Latin initials
    ['جيبوتي (ADI) –', 'DJ'],
    // batch 82's agrimony-07: Yemen's agency by the name of its site
    ['المنامة - سبأنت', 'YE'],
    // batch 98's dropseed-08: South Sudan's radio, reporting its own foreign minister without the country's name
    ['طوكيو – راديو تمازج', 'SS'],
  ])('«%s» names the agency of %s', (dateline, country) => {
    expect(datelineToAgencyCountry(dateline)).toBe(country);
  });
  test.each([
    ['طوكيو - «الخليج»، وكالات'],
    ['كتب محمود محيى - وكالات'],
    // two countries' agencies: no single home
    ['طوكيو - واس، كونا'],
    // an agency's name inside a longer word is none («قناة» is no «قنا»)
    ['قناة العربية'],
  ])('«%s» names no single agency', (dateline) => {
    expect(datelineToAgencyCountry(dateline)).toBeUndefined();
  });
});
