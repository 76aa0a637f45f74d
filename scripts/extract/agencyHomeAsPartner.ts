import { HOME_COUNTRY } from '../../src/config.ts';
import { NO_PARTNER_WARNING, type PartyClassification } from './classifyParties.ts';
import { datelineToAgencyCountry } from './datelineToAgencyCountry.ts';

/**
 * When the text gives Japan no partner, or one it only infers, but mentions the country whose national agency the
 * dateline names, that country is the partner: an agency reporting its own officials names neither their nisba nor
 * its state («الرياض - واس»: «وكيل وزارة الخارجية …», «المملكة»). With no partner at all it is the agency's home
 * (basis `agency`: right on all 25 such pages of the corpora, 2026-12-06); over a partner only inferred, a question
 * for an editor (a warning).
 */
export function agencyHomeAsPartner(sides: PartyClassification, dateline: string | undefined): PartyClassification {
  // a partner only inferred from later paragraphs («المواجهات بين الفلسطينيين والجانب الإسرائيلي») weighs no more than
  // the agency's own country, which its story names in passing («قلق دولة قطر»)
  const partners = sides.parties.filter((code) => code !== HOME_COUNTRY);
  if ((partners.length > 0 && sides.basis !== 'inferred') || dateline === undefined) return sides;
  const home = datelineToAgencyCountry(dateline);
  if (home === undefined || home === HOME_COUNTRY || partners.includes(home) || !sides.mentions.includes(home)) return sides;
  const warnings = sides.warnings.filter((warning) => warning !== NO_PARTNER_WARNING);
  if (partners.length > 0) warnings.push(`the partner ${partners.join(', ')} is only inferred: ${home} from the dateline's agency (${dateline.trim()}), which the text mentions, to be confirmed`);
  return {
    ...sides,
    parties: [HOME_COUNTRY, home].sort(),
    mentions: [...sides.mentions.filter((code) => code !== home), ...partners].sort(),
    basis: partners.length > 0 ? 'inferred' : 'agency',
    warnings,
  };
}
