import { describe, expect, test } from 'vitest';
import { envoyBeside, followsEnvoyWord, isEnvoyPrincipal, isEnvoyPrincipalOffice } from './envoyWords.ts';
import { articleToSentences } from './sentences.ts';

const sentenceOf = (text: string) => articleToSentences({ title: text, paragraphs: [] })[0]!;
/** The token index of a word, as written, in a sentence. */
const indexOf = (text: string, word: string) => sentenceOf(text).tokens.findIndex((token) => text.slice(token.start, token.end) === word);

describe('envoyBeside', () => {
  // a former office-holder named near an envoy's word took part on that errand, whatever the word's form
  test.each([
    ['definite, masculine', 'استقبل الرئيس المبعوث الخاص لرئيس الوزراء الياباني، وزير الخارجية الأسبق ماساهيكو كومورا', 'ماساهيكو'],
    ['definite, feminine', 'استقبل الرئيس المبعوثة الخاصة لرئيس الوزراء الياباني، وزيرة الخارجية السابقة يوريكو كاواغوتشي', 'يوريكو'],
    ['accusative, after «بصفته»', 'هاشيموتو ريوتارو رئيس وزراء اليابان الأسبق، الذي يزور مصر حاليا بصفته مبعوثا خاصا', 'هاشيموتو'],
    ['«موفد» behind «و» and the article', 'التقى الرئيس والموفد الياباني يوشيرو موري رئيس الوزراء الأسبق', 'يوشيرو'],
    ['a representative («ممثلاً»)', 'التقى الرئيس يوشيرو موري رئيس الوزراء الأسبق ممثلاً لرئيس الوزراء', 'يوشيرو'],
  ])('%s', (_case, text, first) => {
    const at = indexOf(text, first);
    expect(envoyBeside(sentenceOf(text), at, at + 2)).toBe(true);
  });
  test('no envoy\'s word near the name', () => {
    const text = 'استقبل الرئيس رئيس الوزراء الياباني الأسبق يوشيرو موري في القصر';
    const at = indexOf(text, 'يوشيرو');
    expect(envoyBeside(sentenceOf(text), at, at + 2)).toBe(false);
  });
});

describe('the office or the person who sent an envoy', () => {
  test.each([
    ['in construct after the envoy\'s word', 'مبعوث رئيس وزراء اليابان', 'رئيس', '', true],
    ['in construct after a woman envoy\'s word', 'مبعوثة رئيس وزراء اليابان', 'رئيس', '', true],
    ['behind «ل» after the envoy\'s word and its qualifier', 'المبعوثة الخاصة لرئيس الوزراء الياباني', 'لرئيس', 'ل', true],
    ['behind «ل» after a representative', 'الممثل الشخصي لرئيس الوزراء الياباني', 'لرئيس', 'ل', true],
    ['an office that met, behind no envoy\'s word', 'استقبل الرئيس رئيس الوزراء الياباني', 'رئيس', '', false],
  ])('%s', (_case, text, word, prefix, expected) => {
    const at = indexOf(text, word);
    expect(isEnvoyPrincipalOffice(sentenceOf(text), at, prefix)).toBe(expected);
  });
  test('the name of a leader in construct after the envoy\'s word («مبعوث آبي»)', () => {
    const text = 'مبعوث آبي يسلم الرئيس رسالة';
    expect(followsEnvoyWord(sentenceOf(text), indexOf(text, 'آبي'))).toBe(true);
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, 'آبي'))).toBe(true);
  });
  test('after the envoy named before a comma, the office behind «ل» and its holder', () => {
    const text = 'التقى الرئيس آكيكو ياماناكا، المبعوثة الخاصة لرئيس الوزراء الياباني شينزو آبي';
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, 'شينزو'))).toBe(true);
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, 'آكيكو'))).toBe(false);
  });
  // batch 98's dropseed-07 (MENA): the envoy's office behind «و», the second office of an apposition after the comma
  test('after the envoy named before a comma, a second office «والمبعوث الخاص ل…» and its principal', () => {
    const text = 'سلم شونسوكي تاكيي، عضو مجلس النواب الياباني والمبعوث الخاص لرئيس الوزراء الياباني شينزو آبي، الرئيس رسالة';
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, 'شينزو'))).toBe(true);
  });
  test('not the envoy introduced by his own office, with no comma before it', () => {
    const text = 'استقبل الرئيس المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا';
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, 'ماساهيكو'))).toBe(false);
  });
  // pairs48's pair-165 (Al-Alam) and the waiting set's lychee-03: the comma closes the time and place of the meeting
  test.each([
    ['استقبل الرئيس الإيراني مسعود بزشكيان، مساء أمس الثلاثاء في طهران، المبعوث الخاص لرئيس الوزراء الياباني يوشيفومي تسوغي', 'يوشيفومي', false],
    ['استقبل الرئيس، اليوم بطهران، المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا', 'ماساهيكو', false],
    // (a person's name before the comma: the envoy was named there)
    ['استقبل الرئيس ماساهيكو كومورا، المبعوث الخاص لرئيس الوزراء الياباني شينزو آبي', 'شينزو', true],
  ])('after a comma: %s', (text, word, expected) => {
    expect(isEnvoyPrincipal(sentenceOf(text), indexOf(text, word))).toBe(expected);
  });
});
