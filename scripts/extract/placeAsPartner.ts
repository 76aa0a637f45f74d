import { HOME_COUNTRY } from '../../src/config.ts';
import { NO_PARTNER_WARNING, type PartyClassification } from './classifyParties.ts';

/**
 * When the text names Japan no partner at all, the country the meeting was held in, abroad, is the partner for an
 * editor to confirm (basis `place`, below the review threshold): an outlet reporting its own officials at home names
 * neither their nisba nor its state («استقبل صقر غباش رئيس المجلس الوطني الاتحادي … في مقر المجلس بأبوظبي … سفير
 * اليابان لدى الدولة»). The same sides when a partner is named, or the place is Japan or unknown.
 */
export function placeAsPartner(sides: PartyClassification, placeCountry: string | undefined): PartyClassification {
  if (sides.basis !== 'none' || !placeCountry || placeCountry === HOME_COUNTRY) return sides;
  return {
    ...sides,
    parties: [HOME_COUNTRY, placeCountry].sort(),
    mentions: sides.mentions.filter((code) => code !== placeCountry),
    basis: 'place',
    warnings: [...sides.warnings.filter((warning) => warning !== NO_PARTNER_WARNING), `no partner named with Japan: ${placeCountry}, where the meeting was held, to be confirmed`],
  };
}
