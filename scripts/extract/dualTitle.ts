// Two people behind one dual title: «وزيرا الخارجية والدفاع الأمريكيان هيلاري كلينتون وروبرت غيتس».
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TITLES } from '../../src/data/index.ts';
import { nameAfter } from './readPersonName.ts';
import type { CountryOccurrence } from './findCountries.ts';
import { originalSpelling, type Sentence } from './sentences.ts';

/** A dual title, folded («وزيرا», «وزيري») → its singular as written («وزير»). */
const SINGULAR_OF_DUAL = new Map(Object.entries(TITLES.dualTitles).map(([dual, singular]) => [normalizeForMatching(dual), singular]));
/** The duals of «نظير» with the pronoun of two («نظيريهما»), folded. */
const DUAL_COUNTERPARTS = new Set(TITLES.dualCounterparts.map(normalizeForMatching));
/** How many words a portfolio may have («القوات المسلحة»). */
const PORTFOLIO_WORDS = 3;
/** How many words a name between two nisbas may have. */
const NAME_WORDS = 5;

/** One of the two people a dual title introduces: tokens [start, end) of the name and the role held. */
export interface DualTitlePerson {
  start: number;
  end: number;
  /** The list's «و» the name is written behind («وروبرت»): not part of it. */
  prefix: '' | 'و';
  role: string;
  /** The person's country, when the title gives each name its own nisba. */
  country?: string;
}

/**
 * The two people named right after a dual title, its two portfolios and their country («وزيرا الخارجية والدفاع
 * الأمريكيان هيلاري كلينتون وروبرت غيتس»: Clinton the foreign minister, Gates the defence minister); none when the title
 * names no one («وزيرا الخارجية والدفاع في اليابان والفلبين»). Tokens in `countryTokens` end a portfolio and stand
 * before the first name; tokens in `blocked` are no name.
 */
export function dualTitleToPeople(sentence: Sentence, at: number, countryTokens: ReadonlySet<number>, blocked: Set<number>): DualTitlePerson[] {
  const title = dualTitleAt(sentence, at, countryTokens);
  if (!title) return [];
  let nameStart = title.end;
  while (countryTokens.has(nameStart)) nameStart++;
  // the country must stand between: «وزيرا الخارجية والدفاع مع …» names no one
  if (nameStart === title.end) return [];
  const names = twoNamesAt(sentence, nameStart, blocked);
  if (!names) return [];
  return [
    { start: names[0][0], end: names[0][1], prefix: '', role: title.roles[0] },
    { start: names[1][0], end: names[1][1], prefix: 'و', role: title.roles[1] },
  ];
}

/** The two roles of a dual title at token `at` («وزيرا الخارجية والدفاع» → «وزير الخارجية», «وزير الدفاع») and the token after its portfolios. */
export function dualTitleAt(sentence: Sentence, at: number, countryTokens: ReadonlySet<number>): { roles: [string, string]; end: number } | undefined {
  const singular = SINGULAR_OF_DUAL.get(sentence.tokens[at]?.norm ?? '');
  if (!singular) return undefined;
  const tokens = sentence.tokens;
  // a portfolio: words with the article (the second behind «و»), up to the other portfolio or a country
  const portfolioEnd = (from: number, opening: RegExp) => {
    let end = from;
    while (end < tokens.length && end - from < PORTFOLIO_WORDS && !countryTokens.has(end) && (end === from ? opening : /^ال/).test(tokens[end]!.norm)) end++;
    return end;
  };
  const firstEnd = portfolioEnd(at + 1, /^ال/);
  const secondEnd = portfolioEnd(firstEnd, /^وال/);
  if (firstEnd === at + 1 || secondEnd === firstEnd) return undefined;
  const portfolio = (from: number, to: number) => originalSpelling(sentence, tokens[from]!.start, tokens[to - 1]!.end).replace(/^و/, '');
  return { roles: [`${singular} ${portfolio(at + 1, firstEnd)}`, `${singular} ${portfolio(firstEnd, secondEnd)}`], end: secondEnd };
}

/**
 * The two people of a dual title with one portfolio and a nisba before each name («وزيرا الدفاع الياباني ياسوكازو
 * هامادا والفنلندي أنتي كايكونن»): each holds the portfolio and is of the nisba before the name; none otherwise.
 */
export function dualTitleWithNisbasToPeople(sentence: Sentence, at: number, nisbas: readonly Pick<CountryOccurrence, 'start' | 'end' | 'code'>[], blocked: Set<number>): DualTitlePerson[] {
  const singular = SINGULAR_OF_DUAL.get(sentence.tokens[at]?.norm ?? '');
  if (!singular) return [];
  const tokens = sentence.tokens;
  let portfolioEnd = at + 1;
  while (portfolioEnd < tokens.length && portfolioEnd - at <= PORTFOLIO_WORDS && /^ال/.test(tokens[portfolioEnd]!.norm) && !nisbas.some((nisba) => nisba.start === portfolioEnd)) portfolioEnd++;
  const first = nisbas.find((nisba) => nisba.start === portfolioEnd);
  if (portfolioEnd === at + 1 || !first) return [];
  // the second nisba behind «و» a name's length after the first (the first name may be the gazetteer's, read already)
  const second = nisbas.find((nisba) => nisba.start > first.end + 1 && nisba.start - first.end <= NAME_WORDS && tokens[nisba.start]!.norm.startsWith('و'));
  const secondName = second && nameAfter(sentence, second.end, blocked);
  if (!second || !secondName) return [];
  const firstName = nameAfter(sentence, first.end, blocked);
  const role = `${singular} ${originalSpelling(sentence, tokens[at + 1]!.start, tokens[portfolioEnd - 1]!.end)}`;
  return [
    ...(firstName && firstName[1] === second.start ? [{ start: firstName[0], end: firstName[1], prefix: '' as const, role, country: first.code }] : []),
    { start: secondName[0], end: secondName[1], prefix: '', role, country: second.code },
  ];
}

/**
 * The two people named right after a dual title with one portfolio («وزيرا الدولة التركيان كورشاد توزمن ومحمد شيمشك»,
 * «مديرا الإدارتين المعنيتين ماريا … وراغنار …»): both hold it; none when two names do not follow, behind the list's
 * «و», past the portfolio and a country.
 */
export function dualTitleOneOfficeToPeople(sentence: Sentence, at: number, countryTokens: ReadonlySet<number>, blocked: Set<number>): DualTitlePerson[] {
  const singular = SINGULAR_OF_DUAL.get(sentence.tokens[at]?.norm ?? '');
  if (!singular) return [];
  const tokens = sentence.tokens;
  const portfolioEnd = portfolioEndAt(sentence, at + 1, countryTokens, /^ال/, /^ال/);
  if (portfolioEnd === at + 1) return [];
  let nameStart = portfolioEnd;
  while (countryTokens.has(nameStart)) nameStart++;
  const names = twoNamesAt(sentence, nameStart, blocked);
  if (!names) return [];
  const role = `${singular} ${originalSpelling(sentence, tokens[at + 1]!.start, tokens[portfolioEnd - 1]!.end)}`;
  return [
    { start: names[0][0], end: names[0][1], prefix: '', role },
    { start: names[1][0], end: names[1][1], prefix: 'و', role },
  ];
}

/**
 * The two people of a dual title each written after their own portfolio («بحث وزيرا النفط حسين الشهرستاني والصناعة
 * والمعادن فوزي حريري»: the oil minister, then the minister of industry behind the list's «و»); none unless a name
 * follows each portfolio.
 */
export function dualTitleEachWithPortfolioToPeople(sentence: Sentence, at: number, countryTokens: ReadonlySet<number>, blocked: Set<number>): DualTitlePerson[] {
  const singular = SINGULAR_OF_DUAL.get(sentence.tokens[at]?.norm ?? '');
  if (!singular) return [];
  const tokens = sentence.tokens;
  // (the second portfolio behind the list's «و»: «والصناعة والمعادن»)
  const firstEnd = portfolioEndAt(sentence, at + 1, countryTokens, /^ال/, /^و?ال/);
  if (firstEnd === at + 1) return [];
  const first = nameAfter(sentence, firstEnd, blocked);
  if (!first) return [];
  const secondEnd = portfolioEndAt(sentence, first[1], countryTokens, /^وال/, /^و?ال/);
  if (secondEnd === first[1]) return [];
  const second = nameAfter(sentence, secondEnd, blocked);
  if (!second) return [];
  const roleOf = (from: number, to: number) => `${singular} ${originalSpelling(sentence, tokens[from]!.start, tokens[to - 1]!.end).replace(/^و/, '')}`;
  return [
    { start: first[0], end: first[1], prefix: '', role: roleOf(at + 1, firstEnd) },
    { start: second[0], end: second[1], prefix: '', role: roleOf(first[1], secondEnd) },
  ];
}

/**
 * The two people named right after a dual counterpart and their country («مع نظيريهما الأستراليين ستيفن سميث وجويل
 * فيتزغيبون»), each with the role of the dual title's person of the same rank (`roles`, in its order); none without a
 * country between («نظيريهما في طوكيو»).
 */
export function dualCounterpartToPeople(sentence: Sentence, at: number, countryTokens: ReadonlySet<number>, blocked: Set<number>, roles: readonly [string, string]): DualTitlePerson[] {
  if (!DUAL_COUNTERPARTS.has(sentence.tokens[at]?.norm ?? '')) return [];
  let nameStart = at + 1;
  while (countryTokens.has(nameStart)) nameStart++;
  if (nameStart === at + 1) return [];
  const names = twoNamesAt(sentence, nameStart, blocked);
  if (!names) return [];
  return [
    { start: names[0][0], end: names[0][1], prefix: '', role: roles[0] },
    { start: names[1][0], end: names[1][1], prefix: 'و', role: roles[1] },
  ];
}

/**
 * The token after a portfolio that opens at token `from` with a word `first` matches and goes on with words `next`
 * matches («النفط», «والصناعة والمعادن»), at most PORTFOLIO_WORDS words and no country's; `from` when none opens there.
 */
function portfolioEndAt(sentence: Sentence, from: number, countryTokens: ReadonlySet<number>, first: RegExp, next: RegExp): number {
  const tokens = sentence.tokens;
  if (from >= tokens.length || countryTokens.has(from) || !first.test(tokens[from]!.norm)) return from;
  let end = from + 1;
  while (end < tokens.length && end - from < PORTFOLIO_WORDS && !countryTokens.has(end) && next.test(tokens[end]!.norm)) end++;
  return end;
}

/** Two names from token `at`, the second behind the list's «و» («هيلاري كلينتون وروبرت غيتس»): their token spans. */
function twoNamesAt(sentence: Sentence, at: number, blocked: Set<number>): [[number, number], [number, number]] | undefined {
  const tokens = sentence.tokens;
  const read = nameAfter(sentence, at, blocked);
  if (!read) return undefined;
  // the two names, read as one when the second opens with the list's «و»: split there
  const split = tokens.findIndex((token, k) => k >= read[0] + 2 && k < read[1] && token.norm.startsWith('و'));
  const first: [number, number] = split > 0 ? [read[0], split] : read;
  if (!tokens[first[1]]?.norm.startsWith('و')) return undefined;
  const second = split > 0 && read[1] - split >= 2 ? ([split, read[1]] as [number, number]) : nameAfter(sentence, first[1], blocked);
  return second ? [first, second] : undefined;
}
