import { HOME_COUNTRY } from '../../src/config.ts';
import { NO_PARTNER_WARNING, type PartyClassification } from './classifyParties.ts';
import { datelineToAgencyCountry } from './datelineToAgencyCountry.ts';

/**
 * When the text gives Japan no partner but mentions the country whose national agency the dateline names, that country
 * is the partner, inferred (so left for review): an agency reporting its own officials names neither their nisba nor
 * its state («الرياض - واس»: «وكيل وزارة الخارجية …», «المملكة»).
 */
export function agencyHomeAsPartner(sides: PartyClassification, dateline: string | undefined): PartyClassification {
  if (sides.parties.some((code) => code !== HOME_COUNTRY) || dateline === undefined) return sides;
  const home = datelineToAgencyCountry(dateline);
  if (home === undefined || home === HOME_COUNTRY || !sides.mentions.includes(home)) return sides;
  return {
    ...sides,
    parties: [HOME_COUNTRY, home].sort(),
    mentions: sides.mentions.filter((code) => code !== home),
    basis: 'inferred',
    warnings: [...sides.warnings.filter((warning) => warning !== NO_PARTNER_WARNING), `no partner is named with Japan: ${home} from the dateline's agency (${dateline.trim()}), which the text mentions, to be confirmed`],
  };
}
