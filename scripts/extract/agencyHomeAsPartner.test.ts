import { describe, expect, test } from 'vitest';
import { agencyHomeAsPartner } from './agencyHomeAsPartner.ts';
import { NO_PARTNER_WARNING, type PartyClassification } from './classifyParties.ts';

const alone = (mentions: string[]): PartyClassification => ({ parties: ['JP'], mentions, warnings: [NO_PARTNER_WARNING], visitDestinations: [], basis: 'none' });

describe('agencyHomeAsPartner', () => {
  // inlet-10 («الرياض - واس»), pair-26 («عكاظ - واس»): a Saudi minister with no nisba, Saudi Arabia as «المملكة»
  // … and the waiting set's iris-07 (Petra), fenugreek-05 (QNA), caraway-04 (SPA) and 22 more, all right: no question left
  test('Japan alone, and the dateline agency\'s country mentioned: that country is the partner, the agency\'s home', () => {
    const sides = agencyHomeAsPartner(alone(['ID', 'SA']), 'عكاظ - واس');
    expect([sides.parties, sides.mentions, sides.basis]).toEqual([['JP', 'SA'], ['ID'], 'agency']);
    expect(sides.warnings).toEqual([]);
  });
  // brae-08 (batch 29, «الدوحة - قنا»): Qatar only as «دولة قطر» in the body, Israel inferred from «الجانب الإسرائيلي»
  test('a partner only inferred gives way to the dateline agency\'s country the text mentions, for review', () => {
    const sides = agencyHomeAsPartner({ parties: ['IL', 'JP'], mentions: ['PS', 'QA'], warnings: [], visitDestinations: [], basis: 'inferred' }, 'الدوحة - قنا');
    expect([sides.parties, sides.mentions, sides.basis]).toEqual([['JP', 'QA'], ['IL', 'PS'], 'inferred']);
    expect(sides.warnings.join(' ')).toMatch(/the partner IL is only inferred: QA from the dateline's agency/);
  });
  test.each<[string, PartyClassification, string | undefined]>([
    ['a partner already found', { ...alone(['SA']), parties: ['IN', 'JP'], basis: 'clear' }, 'الرياض - واس'],
    ['the agency\'s country already the inferred partner', { ...alone([]), parties: ['JP', 'SA'], basis: 'inferred' }, 'الرياض - واس'],
    ['the agency\'s country not mentioned', alone(['ID']), 'الرياض - واس'],
    ['no agency in the dateline', alone(['SA']), 'طوكيو - وكالات'],
    ['no dateline', alone(['SA']), undefined],
    ['Japan\'s own agency', alone(['CN']), 'طوكيو - كيودو'],
  ])('nothing changes with %s', (_, sides, dateline) => {
    expect(agencyHomeAsPartner(sides, dateline)).toBe(sides);
  });
});
