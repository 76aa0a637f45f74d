import { describe, expect, test } from 'vitest';
import { asideClauseStart, relativeClauseStart } from './relativeClause.ts';

const readers = { relative: relativeClauseStart, aside: asideClauseStart };

describe('relativeClauseStart and asideClauseStart', () => {
  // which reader, the sentence (folded), the text whose position is asked, and whether a clause of that kind holds it
  test.each<[keyof typeof readers, string, string, boolean]>([
    ['relative', 'زار لي تشيانغ، الذي تولي منصبه الشهر الماضي', 'الشهر', true],
    ['relative', 'خلال الزياره التي قام بها رييس الوزراء في 2018', '2018', true],
    ['relative', 'التقي الوزير نظيره في 5 مايو', '5 مايو', false],
    ['relative', 'الزياره التي قام بها، في 5 مايو', '5 مايو', false],
    // batch 32's mere-09 (Ahram Gate): the pronoun behind «و»
    ['relative', 'القمه التذكاريه بين اليابان ودول اسيان، والتي استضافتها العاصمه اليابانيه امس السبت', 'امس', true],
    ['relative', 'وتباحث الوزيران في طوكيو امس السبت', 'امس', false],
    // the waiting set's hornwort-02 and pairs28's pair-126: a clause after «، إذ» explains the main one, and a date there
    // is the explanation's (a relative clause still counts); «إذ» with no comma before it, or a comma after it, does not
    ['relative', 'فيما ترأس الجانب البلجيكي وزير الخارجيه بريفو، اذ تولي بريفو منصبه في فيفري 2025 ضمن الحكومه', 'فيفري', false],
    ['aside', 'فيما ترأس الجانب الهندي وزير الدوله احمد، اذ يحتفظ رييس الوزراء بحقيبه الخارجيه منذ تشرين الثاني الماضي', 'تشرين', true],
    ['aside', 'فيما ترأس الجانب البلجيكي وزير الخارجيه بريفو، اذ تولي بريفو منصبه في فيفري 2025 ضمن الحكومه', 'فيفري', true],
    ['aside', 'زار لي تشيانغ، الذي تولي منصبه الشهر الماضي', 'الشهر', true],
    ['aside', 'وترأس الجانب الياباني الوزير، اذ قال، في 5 مايو', '5 مايو', false],
    ['aside', 'التقي الوزير نظيره اذ في 5 مايو', '5 مايو', false],
    // pairs49's pair-167 and pairs54's pair-178: «، وذلك بعد/قبل [span] من …» measures another moment from the meeting,
    // and a day there is that moment's; with no comma before it, or no span, the clause is the sentence's own
    ['aside', 'وجمع اللقاء كاناي ونظيره ليو في العاصمه الصينيه، وذلك بعد يوم من وصول المسوول الياباني الي بكين امس الاثنين', 'امس', true],
    ['aside', 'وجمع اللقاء كيشيدا وبارك جين في مقر رياسه الحكومه، وذلك قبل يوم من مغادره الوزير الكوري الاراضي اليابانيه يوم الاربعاء', 'يوم الاربعاء', true],
    ['aside', 'والتقي الوزيران، بعد ثلاثه ايام من المحادثات التي بدات يوم الاربعاء', 'يوم الاربعاء', true],
    ['aside', 'والتقي الوزيران بعد يومين من وصوله يوم الاربعاء', 'يوم الاربعاء', false],
    ['aside', 'والتقي الوزيران، وذلك بعد الظهر يوم الاربعاء', 'يوم الاربعاء', false],
  ])('%s: %s → «%s»: %s', (reader, sentence, part, inside) => {
    expect(readers[reader](sentence, sentence.indexOf(part)) !== undefined).toBe(inside);
  });
  test('returns where the pronoun or «إذ» opens the clause', () => {
    const relative = 'زار لي تشيانغ، الذي تولي منصبه الشهر الماضي';
    expect(relativeClauseStart(relative, relative.indexOf('الشهر'))).toBe(relative.indexOf('الذي'));
    const aside = 'فيما ترأس الجانب البلجيكي وزير الخارجيه بريفو، اذ تولي بريفو منصبه في فيفري 2025';
    expect(asideClauseStart(aside, aside.indexOf('فيفري'))).toBe(aside.indexOf('اذ تولي'));
  });
});
