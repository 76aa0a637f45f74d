import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { HOME_ROYAL_TITLES, ROLE_LEVEL_RULES, type RoleLevel } from '../../src/data/index.ts';
import { memoised } from '../../src/utils/memoised.ts';
import { isFormerRole } from './formerOffice.ts';

const rules = ROLE_LEVEL_RULES.map((rule) => ({ level: rule.level, words: rule.any.map(normalizeForMatching), whole: new Set((rule.exact ?? []).map(normalizeForMatching)) }));

/** Whether a folded phrase stands in folded text as whole words. */
function holds(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + phrase.length] ?? ' ';
    // a proclitic (و، ب، ل) may stand before the phrase; nothing may follow it inside a word
    if ((/[\s(«"،,]/.test(before) || (at === 1 && /[وبلف]/.test(before))) && /^[\s)»"،,.:]?$/.test(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

const RANK: readonly RoleLevel[] = ['leader', 'foreignMinister', 'defenceMinister', 'economyMinister', 'minister', 'deputy', 'official', 'legislator'];

/**
 * How high a level stands among a person's terms: 0 for a leader, higher numbers lower down, past the list for none; a
 * senior official's post stands with a deputy's (a director general's term and an ambassador's are alike), and a seat in
 * a parliament with no office.
 */
export function levelRank(level: RoleLevel | undefined): number {
  if (level === 'official') return RANK.indexOf('deputy');
  return level === undefined || level === 'legislator' ? RANK.length : RANK.indexOf(level);
}
/**
 * Where a second office starts inside a title: «نائب رئيس الوزراء | وزير الخارجية», but not «نائب | وزير الخارجية», nor
 * after «لدى», the minister an office is attached to («الوزير المنتدب لدى وزير الشؤون الخارجية»), nor after an adviser
 * («مستشار رئيس الوزراء»: the adviser's office, not the prime minister's).
 */
const SECOND_OFFICE = /\s(?=(?:وزير|وزيره|رييس|رييسه)\s)(?<!(?:نايب|نايبه|وكيل|وكيله|مساعد|مساعده|مستشار|مستشاره|لدي)\s?)/g;

/**
 * The level of an office from its Arabic title («رئيس الوزراء» → leader, «نائب وزير الخارجية» → deputy), or undefined.
 * A title holding two offices takes the higher: «نائب رئيس الوزراء وزير الخارجية» is a foreign minister.
 */
export function roleToLevel(role: string): RoleLevel | undefined {
  // titles and gazetteer roles are few and come back in every article: each is read once
  return memoised(levelOfRole, LEVEL_MEMO_MAX, role, () => readRoleLevel(role));
}

/**
 * The level of an office its holder holds now: for one marked former («رئيس الوزراء السابق»), whose holder no longer
 * speaks for the state, a legislator's — no office of the government, no political counterpart and no senior official
 * of a ministry whose talks with a deputy would be a dialogue (mallow-03: a former prime minister at a vice-minister's
 * lunch is «other»); the gazetteer still reads the title's level, to find the person's past term.
 */
export function heldRoleToLevel(role: string): RoleLevel | undefined {
  return isFormerRole(role) ? 'legislator' : roleToLevel(role);
}

/** Titles of Japan's imperial family, folded (roleLevels homeRoyals). */
const homeRoyals = HOME_ROYAL_TITLES.map(normalizeForMatching);

/**
 * The level of a title of Japan's imperial family held by a Japanese («ولي عهد اليابان الأمير ناروهيتو», «ولي العهد
 * الياباني الأمير أكيشينو»): no office of the government, an official's, where a Gulf crown prince's reads a leader's
 * (zapote-01, betony-08); undefined for any other title or holder.
 */
export function homeRoyalLevel(role: string, country: string | undefined): RoleLevel | undefined {
  if (country !== HOME_COUNTRY) return undefined;
  const text = ` ${normalizeForMatching(role)} `;
  return homeRoyals.some((title) => holds(text, title)) ? 'official' : undefined;
}

/** heldRoleToLevel for an office held by someone of `country`, a title of Japan's imperial family read by homeRoyalLevel. */
export function heldRoleOfPartyToLevel(role: string, country: string): RoleLevel | undefined {
  return homeRoyalLevel(role, country) ?? heldRoleToLevel(role);
}

const levelOfRole = new Map<string, RoleLevel | undefined>();
/** Enough for every title and office of a large corpus; past it the memo starts afresh rather than grow without bound. */
const LEVEL_MEMO_MAX = 20_000;

/**
 * Whether a leader's office holds the foreign ministry too («مستشارة الدولة وزيرة الخارجية», «رئيس مجلس الوزراء وزير
 * الخارجية»): a leader who meets a foreign minister as a counterpart.
 */
export function isLeaderAndForeignMinister(role: string): boolean {
  const levels = officeLevels(role);
  return levels.includes('leader') && levels.includes('foreignMinister');
}

/** The level of each office a title holds («نائب رئيس الوزراء | وزير الخارجية»), in order; undefined for an office of no known level. */
function officeLevels(role: string): (RoleLevel | undefined)[] {
  return normalizeForMatching(role)
    .split(SECOND_OFFICE)
    .map((part) => {
      const text = ` ${part} `;
      return rules.find((rule) => rule.whole.has(part.trim()) || rule.words.some((word) => holds(text, word)))?.level;
    });
}

function readRoleLevel(role: string): RoleLevel | undefined {
  let best: RoleLevel | undefined;
  for (const level of officeLevels(role)) if (level && (!best || RANK.indexOf(level) < RANK.indexOf(best))) best = level;
  return best;
}
