import { HOME_COUNTRY } from '../../src/config.ts';
import type { RoleLevel } from '../../src/data/index.ts';
import type { SideLevels } from './sideLevels.ts';

// The format told by who met: the levels of the offices on each side (a leader, a foreign minister, a deputy …).

/** The format two deputies' meeting is taken for when no mechanism is named. */
export const DEPUTIES_FORMAT = 'vice-ministerial-dialogue';

/**
 * The format who met tells, when no mechanism is named: two leaders a summit; two foreign ministers their meeting; two
 * economy ministers an economic dialogue; two deputies a vice-ministerial dialogue; a minister or deputy calling on a
 * leader a visit; two defence ministers a visit when one visits the other (a visit word, or `hosted`: the meeting is in
 * one party's country), else other; a foreign minister with another portfolio's minister other; on a multilateral's `sidelines` nobody visits: other, unless two leaders met.
 * `homeHosts`: the meeting was in Japan (true), in the partner's country (false), or no one knows (undefined).
 * Undefined when a side's level is not known.
 */
export function levelsToFormat(home: ReadonlySet<RoleLevel> | undefined, partner: ReadonlySet<RoleLevel> | undefined, visited = false, hosted = false, sidelines = false, homeHosts?: boolean): string | undefined {
  if (!home?.size || !partner?.size) return undefined;
  const both = (level: RoleLevel) => home.has(level) && partner.has(level);
  // talks on the sidelines of a multilateral meeting are no visit of one party to the other, even in a party's country
  // or told as a call on the host («زيارة مجاملة»): the guest came for the multilateral one
  const visit = (visited || hosted) && !sidelines;
  const host = hosted && !sidelines;
  // two deputies or senior officials, when neither side is led by a minister (a minister with his ambassador beside him
  // leads his side)
  const deputiesMet = deputiesMetAlone(home, partner);
  // a side met by officials or a parliament's people alone is no political level: the whole event's levels tell (detectFormats)
  if (outsideGovernment(home) || outsideGovernment(partner)) return deputiesMet ? DEPUTIES_FORMAT : undefined;
  if (both('leader')) return 'summit';
  // the two foreign ministers met where only the guest's leader came along (a president's visit, his minister received by
  // his counterpart): their meeting, no call on a leader of the host (henbane-04, sweetcicely-04, sycamore-02)
  if (both('foreignMinister') && homeHosts !== undefined && (homeHosts ? partner : home).has('leader') && !(homeHosts ? home : partner).has('leader')) return 'foreign-ministers-meeting';
  if (home.has('leader') || partner.has('leader')) return sidelines ? 'other' : 'official-visit';
  // the foreign and defence ministers of both parties together are a 2+2, named or not («اجتماع ضم وزيري الخارجية ووزيري الدفاع»)
  if (both('foreignMinister') && both('defenceMinister')) return '2+2-ministerial';
  if (both('foreignMinister')) return 'foreign-ministers-meeting';
  // two economy ministers on the sidelines of a multilateral meeting hold no economic dialogue of the two countries
  if (both('economyMinister')) return sidelines ? 'other' : 'economic-dialogue';
  if (both('defenceMinister')) return visit ? 'official-visit' : 'other';
  // a foreign minister with a minister of another portfolio (a chief cabinet secretary, a trade or finance minister):
  // no counterpart and no leader called on, talks of no mechanism (dahlia-07, hawthorn-08, nettle-04, fell-04); not when
  // a deputy is among them, whose side the minister may not lead (fjord-10: a vice-minister, a minister named beside)
  if (ministersOfOtherPortfolios(home, partner)) return 'other';
  if (deputiesMet) return DEPUTIES_FORMAT;
  return undefined;
}

/**
 * Whether a foreign minister met a minister of another portfolio, no leader or deputy on either side (a chief cabinet
 * secretary, a trade or finance minister): talks of no mechanism, «other» — or the minister's visit, when one travelled
 * to the other (the corpora's labels: other on 23 of 33 pages, 2026-12-05), so an editor is asked.
 */
export function ministersOfOtherPortfolios(home: ReadonlySet<RoleLevel>, partner: ReadonlySet<RoleLevel>): boolean {
  const ministersOnly = (levels: ReadonlySet<RoleLevel>) => isMinisterOnly(levels) && !hasDeputies(levels);
  return home.has('foreignMinister') !== partner.has('foreignMinister') && ministersOnly(home) && ministersOnly(partner);
}

/** Whether two deputies or senior officials met, neither side led by a leader or a minister. */
function deputiesMetAlone(home: ReadonlySet<RoleLevel>, partner: ReadonlySet<RoleLevel>): boolean {
  return hasDeputies(home) && hasDeputies(partner) && !holdsPoliticalOffice(home) && !holdsPoliticalOffice(partner);
}

/** Whether a side has a deputy or a senior official among those who met. */
function hasDeputies(levels: ReadonlySet<RoleLevel>): boolean {
  return levels.has('deputy') || levels.has('official');
}

/**
 * The format of a meeting in one party's country told by the levels of host and guest (those of the lead sentence,
 * else of the whole event): a deputy, an envoy or a senior official calling on a minister of the host is a visit (a
 * minister who travels to meet a deputy is not); a minister of a sector (not foreign affairs or defence) received by
 * the host's deputy is talks of no mechanism and no visit, «other» (inlet-09, sloe-08); else undefined.
 */
export function hostedLevelsToFormat(levels: SideLevels, host: string): string | undefined {
  const [hostLevels, guestLevels] = hostAndGuestLevels(levels, host);
  if (hostLevels === undefined || guestLevels === undefined) return undefined;
  if (isMinisterOnly(hostLevels) && isDeputyOnly(guestLevels)) return 'official-visit';
  if (isDeputyOnly(hostLevels) && isSectorMinisterOnly(guestLevels)) return 'other';
  return undefined;
}

/**
 * A guest received in the other party's country by its deputies only (a state minister, a vice-minister): a minister
 * no one of his level received (tarn-09, nook-05, zenith-08, dell-01), or a guest whose office the text does not tell
 * (an ambassador, an adviser, a civil servant: jasmine-07, orchid-07, caraway-08, hibiscus-05). No leader or minister
 * of the host received him: talks of no mechanism and no visit, «other», whatever words of his visit the text has.
 */
export function receivedByJuniorOnly(levels: SideLevels, host: string): boolean {
  const [hostLevels, guestLevels] = hostAndGuestLevels(levels, host);
  return hostLevels !== undefined && isDeputyOnly(hostLevels) && (noOfficeKnown(guestLevels) || isMinisterOnly(guestLevels!));
}

/** Whether the text tells no office of the guest of a meeting in `host`'s country (the lead sentence's, else the whole event's). */
export function guestOfficeUnknown(levels: SideLevels, host: string): boolean {
  return noOfficeKnown(hostAndGuestLevels(levels, host)[1]);
}

/** Whether a side's offices are not known: no one of it named with one. */
function noOfficeKnown(levels: ReadonlySet<RoleLevel> | undefined): boolean {
  return levels === undefined || levels.size === 0;
}

/** The levels of the host and of its guest in the lead sentence, else over the whole event. */
function hostAndGuestLevels(levels: SideLevels, host: string): [ReadonlySet<RoleLevel> | undefined, ReadonlySet<RoleLevel> | undefined] {
  const pair = levels.lead ?? levels.all;
  const guest = [...pair.keys()].find((code) => code !== host);
  return [pair.get(host), guest ? pair.get(guest) : undefined];
}

/** Whether a side holds a political office: a leader's or a minister's of any portfolio. */
export function holdsPoliticalOffice(levels: ReadonlySet<RoleLevel>): boolean {
  return levels.has('leader') || MINISTER_LEVELS.some((level) => levels.has(level));
}

/** Whether a side's highest office is a minister's of a sector: no leader, foreign or defence minister. */
function isSectorMinisterOnly(levels: ReadonlySet<RoleLevel>): boolean {
  return !levels.has('leader') && !levels.has('foreignMinister') && !levels.has('defenceMinister') && (levels.has('minister') || levels.has('economyMinister'));
}

/**
 * Whether a side was met by senior officials (civil servants, military chiefs, a vice president) or a parliament's
 * people alone, no political office beside them (not a vice-minister who sits in the parliament too, «نائب وزير الشؤون
 * الخارجية …، عضو مجلس النواب الياباني»: pair-78).
 */
export function outsideGovernment(levels: ReadonlySet<RoleLevel>): boolean {
  return (levels.has('official') || levels.has('legislator')) && !levels.has('deputy') && !holdsPoliticalOffice(levels);
}

/** Levels of a minister of any portfolio. */
const MINISTER_LEVELS: readonly RoleLevel[] = ['foreignMinister', 'defenceMinister', 'economyMinister', 'minister'];
/** Whether a side's highest office is a minister's. */
export function isMinisterOnly(levels: ReadonlySet<RoleLevel>): boolean {
  return !levels.has('leader') && MINISTER_LEVELS.some((level) => levels.has(level));
}
/** Whether a side met at deputy level only (a vice-minister, an envoy, a director general). */
function isDeputyOnly(levels: ReadonlySet<RoleLevel>): boolean {
  return levels.size === 1 && levels.has('deputy');
}

/** The level both sides hold in a format told by who met: a summit is the leaders', a foreign ministers' meeting theirs. */
const LEVEL_OF_FORMAT: Readonly<Record<string, RoleLevel>> = { summit: 'leader', 'foreign-ministers-meeting': 'foreignMinister' };

/** Whether a side whose offices are known held none of the level the format needs (a director general at «foreign ministers' talks»). */
export function contradictsLevels(format: string, levels: ReadonlyMap<string, ReadonlySet<RoleLevel>>): boolean {
  const level = LEVEL_OF_FORMAT[format];
  return level !== undefined && [...levels.values()].some((held) => held.size > 0 && !held.has(level));
}

/** Japan's levels and its partner's in a map of levels (undefined where a side is not there). */
function homeAndPartner(levels: ReadonlyMap<string, ReadonlySet<RoleLevel>>): [ReadonlySet<RoleLevel> | undefined, ReadonlySet<RoleLevel> | undefined] {
  const partner = [...levels.keys()].find((code) => code !== HOME_COUNTRY);
  return [levels.get(HOME_COUNTRY), partner ? levels.get(partner) : undefined];
}

/** levelsToFormat for Japan and its partner in a map of levels. */
export function levelsOfPairToFormat(levels: ReadonlyMap<string, ReadonlySet<RoleLevel>> | undefined, visited: boolean, host: string | undefined, sidelines = false): string | undefined {
  return levels ? levelsToFormat(...homeAndPartner(levels), visited, host !== undefined, sidelines, host === undefined ? undefined : host === HOME_COUNTRY) : undefined;
}

/** deputiesMetAlone for Japan and its partner in a map of levels. */
export function pairOfDeputiesAlone(levels: ReadonlyMap<string, ReadonlySet<RoleLevel>>): boolean {
  const [home, partner] = homeAndPartner(levels);
  return home !== undefined && partner !== undefined && deputiesMetAlone(home, partner);
}

/** ministersOfOtherPortfolios for Japan and its partner in a map of levels. */
export function pairOfOtherPortfolios(levels: ReadonlyMap<string, ReadonlySet<RoleLevel>> | undefined): boolean {
  const [home, partner] = levels ? homeAndPartner(levels) : [];
  return home !== undefined && partner !== undefined && ministersOfOtherPortfolios(home, partner);
}
