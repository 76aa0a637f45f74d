import { describe, expect, test } from 'vitest';
import { dualCounterpartToPeople, dualTitleAt, dualTitleEachWithPortfolioToPeople, dualTitleToPeople, dualTitleWithNisbasToPeople, type DualTitlePerson } from './dualTitle.ts';
import { findCountries } from './findCountries.ts';
import { articleToSentences, originalSpelling, type Sentence } from './sentences.ts';

/** A one-sentence paragraph's sentence and the tokens of the countries it names. */
function sentenceOf(text: string): { sentence: Sentence; countryTokens: Set<number> } {
  const sentences = articleToSentences({ title: 'اجتماع', paragraphs: [text] });
  const sentence = sentences[1]!;
  const countryTokens = new Set(findCountries(sentences).filter((country) => country.sentence === sentence.index).flatMap((country) => Array.from({ length: country.end - country.start }, (_, k) => country.start + k)));
  return { sentence, countryTokens };
}

/** People as «name: role», the name as written without the list's «و». */
function asWritten(sentence: Sentence, people: DualTitlePerson[]): string[] {
  return people.map((person) => `${originalSpelling(sentence, sentence.tokens[person.start]!.start, sentence.tokens[person.end - 1]!.end).slice(person.prefix.length)}: ${person.role}`);
}

/** The people a sentence's first dual title introduces, as «name: role». */
function peopleOf(text: string): string[] {
  const { sentence, countryTokens } = sentenceOf(text);
  const at = sentence.tokens.findIndex((token) => /^وزير(ا|ي|تا|تي)$/.test(token.norm));
  return asWritten(sentence, dualTitleToPeople(sentence, at, countryTokens, new Set(countryTokens)));
}

describe('dualTitleToPeople', () => {
  // gill-02 (batch 25, KUNA): the US side of a 2+2, people the gazetteer does not know
  test.each([
    ['عقد وزيرا الخارجية والدفاع الامريكيان هيلاري رودهام كلينتون وروبرت غيتس اليوم اجتماعا مع نظيريهما اليابانيين.', ['هيلاري رودهام كلينتون: وزير الخارجية', 'روبرت غيتس: وزير الدفاع']],
    ['التقى وزيرا الخارجية والقوات المسلحة الفرنسيان جان إيف لودريان وفلورانس بارلي نظيريهما.', ['جان إيف لودريان: وزير الخارجية', 'فلورانس بارلي: وزير القوات المسلحة']],
    // no country between the title and the names, no names, or one name only: nobody
    ['عقد وزيرا الخارجية والدفاع في اليابان والفلبين السبت أول اجتماع.', []],
    ['عقد وزيرا الخارجية والدفاع الهنديان مع نظيريهما اليابانيين اجتماعهما.', []],
    ['عقد وزيرا الخارجية والدفاع الأستراليان اجتماعا.', []],
    ['اجتمع وزيري الخارجية الياباني أمس.', []],
  ])('%s', (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

/** The people a sentence's dual counterpart («نظيريهما») introduces, with the roles of the sentence's dual title. */
function counterpartsOf(text: string): string[] {
  const { sentence, countryTokens } = sentenceOf(text);
  const roles = dualTitleAt(sentence, sentence.tokens.findIndex((token) => /^وزير(ا|ي)$/.test(token.norm)), countryTokens)?.roles ?? ['?', '?'];
  const at = sentence.tokens.findIndex((token) => /^نظير/.test(token.norm));
  return asWritten(sentence, dualCounterpartToPeople(sentence, at, countryTokens, new Set(countryTokens), roles));
}

describe('dualCounterpartToPeople', () => {
  // tern-02 (batch 28, KUNA) and pair-61: the counterparts of a 2+2, whom the gazetteer does not know
  test.each([
    ['عقد وزيرا الخارجية والدفاع اليابانيان اليوم مع نظيريهما الأستراليين ألكسندر داونر وبريندان نيلسون الاجتماع الأول.', ['ألكسندر داونر: وزير الخارجية', 'بريندان نيلسون: وزير الدفاع']],
    ['التقى وزيرا الخارجية والدفاع اليابانيان نظيريهما الأستراليين ستيفن سميث وجويل فيتزغيبون في طوكيو.', ['ستيفن سميث: وزير الخارجية', 'جويل فيتزغيبون: وزير الدفاع']],
    // no country after it, or one name only: nobody
    ['التقى وزيرا الخارجية والدفاع اليابانيان نظيريهما في طوكيو.', []],
    ['التقى وزيرا الخارجية والدفاع اليابانيان نظيريهما الأستراليين ستيفن سميث في طوكيو.', []],
  ])('%s', (text, people) => {
    expect(counterpartsOf(text)).toEqual(people);
  });
});

// batch 41's zinnia-04 (RT): one portfolio, each name behind its own nisba; the first may be the gazetteer's, read before
describe('dualTitleWithNisbasToPeople', () => {
  const peopleWithNisbas = (text: string, firstKnown = false) => {
    const sentences = articleToSentences({ title: 'اجتماع', paragraphs: [text] });
    const sentence = sentences[1]!;
    const nisbas = findCountries(sentences).filter((country) => country.sentence === sentence.index && country.kind === 'nisba');
    const blocked = new Set(nisbas.flatMap((nisba) => Array.from({ length: nisba.end - nisba.start }, (_, k) => nisba.start + k)));
    const at = sentence.tokens.findIndex((token) => /^(وزير|رييس)(ا|ي)$/.test(token.norm));
    // (a name the gazetteer read first is blocked)
    if (firstKnown) for (let k = nisbas[0]!.end; k < nisbas[1]!.start; k++) blocked.add(k);
    return dualTitleWithNisbasToPeople(sentence, at, nisbas, blocked).map((person) => `${originalSpelling(sentence, sentence.tokens[person.start]!.start, sentence.tokens[person.end - 1]!.end)}: ${person.role}: ${person.country}`);
  };
  test.each([
    ['تعهد وزيرا الدفاع الياباني ياسوكازو هامادا والفنلندي أنتي كايكونن اليوم بتعزيز التعاون.', false, ['ياسوكازو هامادا: وزير الدفاع: JP', 'أنتي كايكونن: وزير الدفاع: FI']],
    ['تعهد وزيرا الدفاع الياباني ياسوكازو هامادا والفنلندي أنتي كايكونن اليوم بتعزيز التعاون.', true, ['أنتي كايكونن: وزير الدفاع: FI']],
    // two portfolios are the other shape's («وزيرا الخارجية والدفاع الأمريكيان X وY»); no second nisba, no one
    ['بحث وزيرا الخارجية والدفاع الأمريكيان هيلاري كلينتون وروبرت غيتس الملف.', false, []],
    ['بحث وزيرا الخارجية الياباني والفلبيني الملف اليوم.', false, []],
  ])('%s', (text, firstKnown, people) => {
    expect(peopleWithNisbas(text, firstKnown)).toEqual(people);
  });
});

describe('dualTitleEachWithPortfolioToPeople', () => {
  // batch 98's germander-03 (Al-Sabah): each name after its own portfolio, the second behind the list's «و»
  test.each([
    ['بحث وزيرا النفط حسين الشهرستاني والصناعة والمعادن فوزي حريري مع وزير الخارجية الياباني.', ['حسين الشهرستاني: وزير النفط', 'فوزي حريري: وزير الصناعة والمعادن']],
    // one name only, or both portfolios before the names (the other shape): nobody
    ['بحث وزيرا النفط حسين الشهرستاني مع وزير الخارجية الياباني.', []],
    ['عقد وزيرا الخارجية والدفاع الهنديان مع نظيريهما اليابانيين اجتماعهما.', []],
  ])('%s', (text, people) => {
    const { sentence, countryTokens } = sentenceOf(text);
    const at = sentence.tokens.findIndex((token) => /^وزير(ا|ي)$/.test(token.norm));
    expect(asWritten(sentence, dualTitleEachWithPortfolioToPeople(sentence, at, countryTokens, new Set(countryTokens)))).toEqual(people);
  });
});
