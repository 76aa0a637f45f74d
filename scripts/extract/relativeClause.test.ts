import { describe, expect, test } from 'vitest';
import { relativeClauseStart } from './relativeClause.ts';

describe('relativeClauseStart', () => {
  // sentence (folded), the text whose position is asked, and whether a relative clause holds it
  test.each<[string, string, boolean]>([
    ['زار لي تشيانغ، الذي تولي منصبه الشهر الماضي', 'الشهر', true],
    ['خلال الزياره التي قام بها رييس الوزراء في 2018', '2018', true],
    ['التقي الوزير نظيره في 5 مايو', '5 مايو', false],
    ['الزياره التي قام بها، في 5 مايو', '5 مايو', false],
    // batch 32's mere-09 (Ahram Gate): the pronoun behind «و»
    ['القمه التذكاريه بين اليابان ودول اسيان، والتي استضافتها العاصمه اليابانيه امس السبت', 'امس', true],
    ['وتباحث الوزيران في طوكيو امس السبت', 'امس', false],
  ])('%s → «%s»: %s', (sentence, part, inside) => {
    expect(relativeClauseStart(sentence, sentence.indexOf(part)) !== undefined).toBe(inside);
  });
  test('returns where the pronoun opens the clause', () => {
    const sentence = 'زار لي تشيانغ، الذي تولي منصبه الشهر الماضي';
    expect(relativeClauseStart(sentence, sentence.indexOf('الشهر'))).toBe(sentence.indexOf('الذي'));
  });
});
