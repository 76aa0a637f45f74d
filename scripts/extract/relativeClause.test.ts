import { describe, expect, test } from 'vitest';
import { asideClauseStart, relativeClauseStart } from './relativeClause.ts';

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

describe('asideClauseStart', () => {
  // the waiting set's hornwort-02 and pairs28's pair-126: a clause after «، إذ» explains the main one, and a date there
  // is the explanation's; a relative clause still counts; «إذ» with no comma before it, or a comma after it, does not
  test.each<[string, string, boolean]>([
    ['فيما ترأس الجانب الهندي وزير الدوله احمد، اذ يحتفظ رييس الوزراء بحقيبه الخارجيه منذ تشرين الثاني الماضي', 'تشرين', true],
    ['فيما ترأس الجانب البلجيكي وزير الخارجيه بريفو، اذ تولي بريفو منصبه في فيفري 2025 ضمن الحكومه', 'فيفري', true],
    ['زار لي تشيانغ، الذي تولي منصبه الشهر الماضي', 'الشهر', true],
    ['وترأس الجانب الياباني الوزير، اذ قال، في 5 مايو', '5 مايو', false],
    ['التقي الوزير نظيره اذ في 5 مايو', '5 مايو', false],
  ])('%s → «%s»: %s', (sentence, part, inside) => {
    expect(asideClauseStart(sentence, sentence.indexOf(part)) !== undefined).toBe(inside);
  });
  test('returns where «إذ» opens the clause', () => {
    const sentence = 'فيما ترأس الجانب البلجيكي وزير الخارجيه بريفو، اذ تولي بريفو منصبه في فيفري 2025';
    expect(asideClauseStart(sentence, sentence.indexOf('فيفري'))).toBe(sentence.indexOf('اذ تولي'));
  });
});
