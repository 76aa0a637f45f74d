import { describe, expect, test } from 'vitest';
import { NO_PARTNER_WARNING, type PartyClassification } from './classifyParties.ts';
import { extractEvent } from './extractEvent.ts';
import { placeAsPartner } from './placeAsPartner.ts';

const sides = (parties: string[], basis: PartyClassification['basis'], mentions: string[] = []): PartyClassification => ({ parties, mentions, warnings: basis === 'none' ? [NO_PARTNER_WARNING] : [], visitDestinations: [], basis });

describe('placeAsPartner', () => {
  test.each<[string, PartyClassification, string | undefined, string[], PartyClassification['basis']]>([
    ['no partner, a meeting abroad: the place\'s country, to be confirmed', sides(['JP'], 'none', ['AE']), 'AE', ['AE', 'JP'], 'place'],
    ['no partner, a meeting in Japan: still none', sides(['JP'], 'none'), 'JP', ['JP'], 'none'],
    ['no partner, no place: still none', sides(['JP'], 'none'), undefined, ['JP'], 'none'],
    ['no partner, a place with no country: still none', sides(['JP'], 'none'), '', ['JP'], 'none'],
    ['a partner only inferred stays', sides(['JP', 'SD'], 'inferred'), 'EG', ['JP', 'SD'], 'inferred'],
    ['a partner named stays', sides(['JP', 'SD'], 'clear'), 'EG', ['JP', 'SD'], 'clear'],
  ])('%s', (_, given, place, parties, basis) => {
    const read = placeAsPartner(given, place);
    expect(read.parties).toEqual(parties);
    expect(read.basis).toBe(basis);
  });
  test('the place\'s country leaves the mentions, and the warning says why', () => {
    const read = placeAsPartner(sides(['JP'], 'none', ['AE', 'US']), 'AE');
    expect(read.mentions).toEqual(['US']);
    expect(read.warnings).toEqual(['no partner named with Japan: AE, where the meeting was held, to be confirmed']);
  });
});

// batch 169's pawpaw-03 (Al-Khaleej), the waiting set's guava-02, mullein-01, bladderwort-02, fumewort-06: an outlet's own
// officials at home, neither their nisba nor their state named
describe('extractEvent with no partner named', () => {
  test('the country the meeting was held in is the partner, for review', () => {
    const event = extractEvent({ title: 'صقر غباش يبحث مع السفير الياباني تعزيز التعاون البرلماني', paragraphs: ['استقبل صقر غباش رئيس المجلس الوطني الاتحادي أمس الأربعاء، في مقر المجلس بأبوظبي، أكيو إيسوماتا سفير اليابان لدى الدولة، وجرى خلال اللقاء استعراض علاقات الصداقة.'] });
    expect(event.parties).toEqual(['AE', 'JP']);
    expect(event.confidence.parties).toMatchObject({ reason: 'partiesPlace' });
    expect(event.confidence.parties!.score).toBeLessThan(0.6);
  });
});
