import { describe, expect, test } from 'vitest';
import { inPlannedClause, inTopicPhrase } from './placeNotOfTheTalks.ts';
import { articleToSentences } from './sentences.ts';

/** The sentence and the token index of a word, as written, in it. */
const at = (text: string, word: string): [ReturnType<typeof articleToSentences>[number], number] => {
  const sentence = articleToSentences({ title: text, paragraphs: [] })[0]!;
  return [sentence, sentence.tokens.findIndex((token) => text.slice(token.start, token.end).endsWith(word))];
};

describe('inPlannedClause', () => {
  test.each([
    ['a relative clause in the future tense', 'بحثا التحضير للقمة الخاصة التي ستجمع اليابان و"آسيان" في طوكيو الشهر المقبل', 'طوكيو', true],
    ['a participle of a plan', 'أكدا أهمية مؤتمر تيكاد المقرر في يوكوهاما العام المقبل', 'يوكوهاما', true],
    ['a word of preparing', 'بحث الوزيران التحضير لقمة مجموعة العشرين في أوساكا', 'أوساكا', true],
    ['the meeting\'s own place after «خلال»', 'بحثا التحضير للقمة خلال لقائهما في طوكيو', 'طوكيو', false],
  ])('%s', (_case, text, city, expected) => {
    expect(inPlannedClause(...at(text, city))).toBe(expected);
  });
});

describe('inTopicPhrase', () => {
  test.each([
    ['efforts of reform', 'بحثا سبل دعم طوكيو لجهود الإصلاح في كييف', 'كييف', true],
    ['reconstruction of a city', 'تعهد بدعم جهود إعادة تأهيل وإعمار مدينة مراوي', 'مدينة', true],
    ['the situation in a city', 'تناولا تطورات الأوضاع في غزة', 'غزة', true],
    ['past a comma', 'بحثا جهود الإصلاح، في كييف', 'كييف', false],
    ['no topic\'s noun', 'التقى الوزيران في كييف', 'كييف', false],
  ])('%s', (_case, text, city, expected) => {
    expect(inTopicPhrase(...at(text, city))).toBe(expected);
  });
});
