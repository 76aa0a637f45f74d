import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { STATE_WORDS } from './stateWords.ts';
import { multiWordSpellings } from './multiWordSpellings.ts';
import { BOTH_LEADERS_WORDS, TITLES as titleTable, type RoleLevel } from '../../src/data/index.ts';
import type { Official } from '../../src/schemas/event.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { absenceFramesOf, isAbsent } from './absenceFrames.ts';
import { inOpenedClause, openedClausesOf } from './openedClauses.ts';
import { planOpenerEnd } from './planOpenerEnd.ts';
import { inClauseOf, otherOccasionClauses } from './otherOccasionClauses.ts';
import { followsEnvoyWord, isPrincipalTitle } from './envoyWords.ts';
import { ATTACHED_TO, COMMAND_TITLES, DELEGATION_HEAD_ROLE, titlesIn } from './nameWords.ts';
import { isFormer, isFormerWord } from './formerOffice.ts';
import { heldRoleOfPartyToLevel, heldRoleToLevel, homeRoyalLevel, isLeaderAndForeignMinister, roleToLevel } from './roleToLevel.ts';
import { ledeParagraphOf, type Sentence } from './sentences.ts';

/** How many paragraphs after the lede's the sentence that tells who held the talks may stand. */
const LEAD_REACH = 2;
/** How many words after a title its country may stand («رئيس الوزراء الياباني», «وزير خارجية اليابان»). */
const COUNTRY_REACH = 2;

/** «الزعيمان», «الزعيمين» …, folded: the two parties' leaders named together. */
const BOTH_LEADERS: ReadonlySet<string> = new Set(BOTH_LEADERS_WORDS.map(normalizeForMatching));
/** A bare «رئيس» is any head (of a parliament, a company …), but followed at once by a country's name it is its head of state («رئيس تركمانستان»). */
const BARE_HEAD_TITLES = new Set(['رئيس', 'رئيسة']);

/** The leader level of «رئيس كازاخستان», or undefined. */
function headOfStateLevel(title: string, titleEnd: number, country: CountryOccurrence | undefined): RoleLevel | undefined {
  return BARE_HEAD_TITLES.has(title) && country?.kind === 'name' && country.start === titleEnd ? 'leader' : undefined;
}

/** The levels of office each party met at: over the whole event, and in the first sentence of the story that tells both sides. */
export interface SideLevels {
  all: Map<string, Set<RoleLevel>>;
  /** Who met in the first body sentence that gives both parties a level (the meeting the story leads with), if any. */
  lead?: Map<string, Set<RoleLevel>>;
  /** The parties met by their ambassador alone, a post («سفير اليابان لدى لبنان» → «سفير»), not the honorific «السفير». */
  ambassadorsOnly?: ReadonlySet<string>;
}

/**
 * A head of mission's post as the title reads it, folded: «سفير», «سفيرة», with the state it serves («سفير الجمهورية
 * اليمنية لدى اليابان» → «سفير الجمهورية»), and a chargé d'affaires, who heads the embassy without one («القائم
 * بالأعمال», «القائمة بأعمال السفارة», «القائم بأعمال السفير»). The honorific «السفير» is also a senior diplomat's on a
 * mission: not a post. The formal title after a name, in the accusative, is the post too: «سفيراً فوق العادة ومفوضاً».
 */
const AMBASSADOR_POST = new RegExp(`^(?:سفيره?(?: (?:ال)?(?:${titleTable.stateWords.map(normalizeForMatching).join('|')}))?|سفير[اه]? فوق العاده و?مفوض[اه]?|القايمه? با?ل?اعمال(?: السفاره| سفاره| السفير)?)$`);

/** An ambassador's post with the state it serves and «لدى», folded: «سفير تركيا لدى», «السفير المصري لدى». */
const POST = String.raw`(?:ال)?سفيره?(?: \S+){1,3} لدي`;
/** An ambassador's post to a country told before a name, folded: «سفير تركيا لدى طوكيو X», «السفير المصري لدى اليابان X». */
const POST_BEFORE_NAME = new RegExp(String.raw`(?:^|\s)${POST}(?: \S+){1,2}[،,]? $`);
/** The same after a name in apposition: «السفير محمد أبو بكر سفير مصر لدى اليابان». */
const POST_AFTER_NAME = new RegExp(String.raw`^[،,]? ?${POST} `);

/** Whether a sentence calls the person by an ambassador's post to a country, before or after one of the spellings of the name (not a former one: «سفير اليابان السابق لدى مصر»). */
function toldAsHeadOfMission(sentences: readonly Sentence[], forms: readonly string[]): boolean {
  const isPost = (match: RegExpMatchArray | null) => match !== null && !match[0].split(' ').some(isFormerWord);
  return sentences.some((sentence) =>
    forms.some((form) => {
      for (let at = sentence.norm.indexOf(form); at !== -1; at = sentence.norm.indexOf(form, at + 1)) {
        if (isPost(sentence.norm.slice(Math.max(0, at - 80), at).match(POST_BEFORE_NAME)) || isPost(sentence.norm.slice(at + form.length, at + form.length + 80).match(POST_AFTER_NAME))) return true;
      }
      return false;
    }),
  );
}

/** A role read with the post's country and the one it serves in, folded: «سفير اليابان لدى الإمارات». */
const POST_ROLE = new RegExp(String.raw`^${POST}(?: \S+){1,2}$`);

/** The honorific «السفير», «السفيرة», folded: a post when a sentence tells it is one. */
const AMBASSADOR_HONORIFIC = /^السفيره?$/;

/** Whether a folded role is an ambassador's post («سفير», «سفير اليابان لدى أوغندا», «القائم بالأعمال»), not the honorific «السفير» alone. */
function isAmbassadorPost(role: string): boolean {
  return AMBASSADOR_POST.test(role) || POST_ROLE.test(role);
}

/** Whether a folded title names an ambassador's post: the post itself, or the honorific with the nisba of his state right after it («السفير الياباني»). */
function isAmbassadorTitle(title: string, nisbaAfter: boolean): boolean {
  return isAmbassadorPost(title) || (nisbaAfter && AMBASSADOR_HONORIFIC.test(title));
}

/** The parties named by a title with their country: by an ambassador's in the headline or lede, and by another office. */
interface TitledSides {
  asAmbassador: ReadonlySet<string>;
  otherwise: ReadonlySet<string>;
}

/**
 * The parties met by their ambassador alone: every one of their officials at the meeting holds an ambassador's post, by
 * the role read or by a sentence that tells the post of one called by the honorific; or the headline or lede names the
 * side by its ambassador's title («استقبل الرئيس … السفير الياباني») and by no other office, nor names one of its people
 * of another office.
 */
function ambassadorSides(sentences: readonly Sentence[], officials: readonly Official[], parties: readonly string[], titled: TitledSides): Set<string> {
  const sides = new Set<string>();
  for (const party of parties) {
    const own = officials.filter((official) => official.country === party);
    const roles = own.map((official) => normalizeForMatching(official.role));
    const byPeople = own.length > 0 && own.every((official, i) => isAmbassadorPost(roles[i]!) || (AMBASSADOR_HONORIFIC.test(roles[i]!) && toldAsHeadOfMission(sentences, multiWordSpellings(official))));
    const byTitles = titled.asAmbassador.has(party) && !titled.otherwise.has(party) && roles.every((role) => isAmbassadorPost(role) || AMBASSADOR_HONORIFIC.test(role));
    if (byPeople || byTitles) sides.add(party);
  }
  return sides;
}

/**
 * The levels of office each party met at: from the officials who took part (their roles on the day) and from titles
 * with a country in the sentences that tell the meeting («استقبل الرئيس السيسي رئيس وزراء اليابان»), so that a meeting
 * of two leaders is known even when a name is not. «نظيره الهندي» takes the level of the title met before it. The
 * lead levels are those of the first body sentence that tells both sides: a foreign minister's talks with his
 * counterpart lead a story whose courtesy call on the premier comes later, and the reverse.
 */
export function sideLevels(sentences: readonly Sentence[], countries: readonly CountryOccurrence[], officials: readonly Official[], parties: readonly string[]): SideLevels {
  const all = new Map<string, Set<RoleLevel>>();
  const add = (levels: Map<string, Set<RoleLevel>>, country: string, level: RoleLevel | undefined) => {
    if (!level || !parties.includes(country)) return;
    levels.set(country, (levels.get(country) ?? new Set()).add(level));
  };
  // a resident ambassador beside another of his side's people accompanies them: the side met at their level, not his
  // («استقبل الرئيس موسيفيني المدير العام لشؤون أفريقيا …، بحضور سفير اليابان لدى أوغندا»: a civil servant's call)
  const atPost = (official: Official) => isAmbassadorPost(normalizeForMatching(official.role));
  // (whose office the tables know: a «رئيس الوفد» of no known level leaves the ambassador's the side's)
  const accompanied = new Set(officials.filter((official) => !atPost(official) && heldRoleToLevel(official.role) !== undefined).map((official) => official.country));
  const counted = officials.filter((official) => !(atPost(official) && accompanied.has(official.country)));
  // (the sides whose ambassador is one of those who took part: a title of his post there is his)
  const ambassadorBeside = new Set(officials.filter((official) => atPost(official) && accompanied.has(official.country)).map((official) => official.country));
  for (const official of counted) add(all, official.country, heldRoleOfPartyToLevel(official.role, official.country));
  const spellings = counted.map((official) => ({ official, forms: multiWordSpellings(official) }));
  const ledeParagraph = ledeParagraphOf(sentences);
  let lead: Map<string, Set<RoleLevel>> | undefined;
  // the parties given a level by a title with their country: by an ambassador's in the headline or lede (his post, or
  // the honorific with the nisba right after it, «السفير الياباني»), and by any other office in the first paragraphs
  const titledAsAmbassador = new Set<string>();
  const titledOtherwise = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.background || sentence.future || !(sentence.meeting || sentence.index === 0)) continue;
    // the lead may be told a paragraph later than the people («واستُهلت الزيارة بوصوله …», then «وشكّلت المحادثات …»)
    if (sentence.paragraph > ledeParagraph + 1 && (lead || sentence.paragraph > ledeParagraph + LEAD_REACH || !sentence.talks)) continue;
    const early = sentence.paragraph <= ledeParagraph + 1;
    const inSentence = countries.filter((country) => country.sentence === sentence.index);
    const here = new Map<string, Set<RoleLevel>>();
    let lastLevel: RoleLevel | undefined;
    const frames = absenceFramesOf(sentence);
    // past the lede, a relative clause of a past occasion («القمة التي جمعت الرئيس … الأسبوع الماضي») tells who met then
    const pastClauses = otherOccasionClauses(sentence, sentence.paragraph > ledeParagraph);
    const titles = titlesIn(sentence);
    // («… على خطة عمل يفترض أن يوقعها الرئيس الروسي ورئيس الوزراء الياباني خلال زيارة …»: the plan's signatories)
    const planAt = planOpenerEnd(sentence);
    // («اتفق الوزيران على الإسراع في التحضيرات لزيارة الرئيس الروسي …»: the leader of a visit being prepared; «… غداة
    // القمة التي جمعت أمس رئيس الوزراء الياباني …»: the leaders of another occasion)
    const clauses = openedClausesOf(sentence);
    for (const [k, title] of titles.entries()) {
      // (a commander's bare word tells no level: his full office does, through his role)
      if (title.start >= planAt || inOpenedClause(sentence, clauses, title.start) || COMMAND_TITLES.has(title.value)) continue;
      if (pastClauses.length > 0 && inClauseOf(sentence, pastClauses, title.start)) continue;
      // «المبعوث الخاص لرئيس الوزراء الياباني»: the office behind «ل» right after another is its principal's, who sent
      // the envoy and did not meet
      // (or in construct after an envoy's word: «مبعوث رئيس وزراء اليابان يسلم …», the envoy's principal)
      if (isPrincipalTitle(titles, k) || followsEnvoyWord(sentence, title.start)) continue;
      // «مثنيا على جهود رئيس الوزراء الياباني»: a leader praised in the talks did not hold them; «الوزير المنتدب لدى
      // وزير الشؤون الخارجية الياباني»: the minister an office is attached to did not either
      if (isAbsent(title.start, frames) || sentence.tokens[title.start - 1]?.norm === ATTACHED_TO) continue;
      const counterpart = /^(ون|ن|ل)ظير/.test(sentence.tokens[title.start]!.norm);
      // (not past another title, whose country it is: «ورحب جلالة الملك بالمبعوث الياباني»)
      const country = inSentence.find((occurrence) => occurrence.start >= title.end && occurrence.start <= title.end + COUNTRY_REACH - 1 && !titles.some((other) => other.start >= title.end && other.start < occurrence.start));
      // «الجنازة الرسمية لرئيس الوزراء الياباني الأسبق»: a former office-holder holds no level in the talks
      if (isFormer(sentence, title.end, (country?.end ?? title.end) + 1)) continue;
      // (the state word after a title is part of its office: «نائب رئيس | جمهورية إندونيسيا», a vice president's)
      const stateWord = STATE_WORDS.has(sentence.tokens[title.end]?.norm ?? '') ? ` ${sentence.tokens[title.end]!.norm}` : '';
      const titleLevel = counterpart ? lastLevel : title.value === DELEGATION_HEAD_ROLE ? undefined : (roleToLevel(title.value + stateWord) ?? headOfStateLevel(title.value, title.end, country));
      // («ولي عهد اليابان»: Japan's imperial family holds no office of the government)
      const level = (counterpart ? undefined : homeRoyalLevel(title.value, country?.code)) ?? titleLevel;
      if (!counterpart) lastLevel = level ?? lastLevel;
      if (country && ambassadorBeside.has(country.code) && isAmbassadorPost(normalizeForMatching(title.value))) continue;
      if (country) {
        // (an ambassador in the headline or the lede: one met later is another meeting's, «وفي وقت لاحق استقبل … سفير نيبال»)
        if (early && level) {
          if (!isAmbassadorTitle(normalizeForMatching(title.value), country.start === title.end)) titledOtherwise.add(country.code);
          else if (sentence.paragraph <= ledeParagraph) titledAsAmbassador.add(country.code);
        }
        if (early) add(all, country.code, level);
        add(here, country.code, level);
      }
    }
    for (const { official, forms } of spellings) if (forms.some((form) => sentence.norm.includes(form))) add(here, official.country, heldRoleOfPartyToLevel(official.role, official.country));
    // «وعقد الزعيمان جلسة محادثات …، حضرها وزيرا خارجية البلدين X وY»: the leaders held the talks the ministers attended
    if (sentence.tokens.some((token) => BOTH_LEADERS.has(token.norm))) for (const party of parties) add(here, party, 'leader');
    // the lead is a sentence of the talks themselves, not of arrival and welcome
    if (!lead && sentence.paragraph >= 0 && sentence.talks && parties.every((party) => here.has(party))) lead = here;
  }
  const ambassadorsOnly = ambassadorSides(sentences, officials, parties, { asAmbassador: titledAsAmbassador, otherwise: titledOtherwise });
  for (const levels of lead ? [all, lead] : [all]) metAsForeignMinister(levels, officials);
  return { all, ...(lead ? { lead } : {}), ...(ambassadorsOnly.size > 0 ? { ambassadorsOnly } : {}) };
}

/**
 * A side led by a leader who holds the foreign ministry too («مستشارة الدولة وزيرة الخارجية», «رئيس مجلس الوزراء وزير
 * الخارجية»), every leader of it such, meets the other side's foreign minister, no leader with him, as his counterpart:
 * a foreign ministers' meeting (oxeye-02, chestnut-02, pulasan-02, safou-02, marang-04), where with a leader it is a
 * summit (lantern-01, umber-03). That side's leader level gives way to the foreign minister's, in place.
 */
function metAsForeignMinister(levels: Map<string, Set<RoleLevel>>, officials: readonly Official[]): void {
  for (const [party, own] of levels) {
    const other = [...levels].find(([code]) => code !== party)?.[1];
    if (!own.has('leader') || !other?.has('foreignMinister') || other.has('leader')) continue;
    const leaders = officials.filter((official) => official.country === party && heldRoleOfPartyToLevel(official.role, party) === 'leader');
    if (leaders.length === 0 || !leaders.every((official) => isLeaderAndForeignMinister(official.role))) continue;
    own.delete('leader');
    own.add('foreignMinister');
  }
}
