import { describe, expect, test } from 'vitest';
import { foldForMatching } from '../../src/arabic/fold.ts';
import { isInTownForMultilateral } from './inTownForMultilateral.ts';

describe('isInTownForMultilateral', () => {
  // development pair-66, horizon-12, occident-11, waiting lilac-07 and batch 75's dandelion-08: the guest came for a
  // conference, a summit or a ceremony
  test.each([
    'استقبل الرئيس وزير الخارجية الياباني، الذي يزور البلاد للمشاركة في مؤتمر طوكيو الدولي للتنمية في إفريقيا',
    'كيمبو موهادي الذي يزور اليابان للمشاركة في مراسم الجنازة الرسمية لرئيس الوزراء الأسبق',
    'التقى سمو الشيخ عبدالله بن زايد نائب وزير الخارجية الياباني الذي يزور الدولة للمشاركة في أعمال المؤتمر الدولي لحماية التراث',
    'الذي يزور اليابان لتمثيل بلاده في مراسم الجنازة',
    'الذي يزور اليابان لحضور القمة التذكارية بين اليابان ودول آسيان',
    'وزير الخارجية الياباني تاكوما مياجي الذي يزور سلطنة عمان للمشاركة في أعمال الدورة الثامنة لمؤتمر المحيط الهندي',
    // waiting sedge-03 (Maghreb wording, as flax-08 and heartsease-07 have it): «حل ب…», has come to
    'وزير الخارجية الياباني يوشيماسا هاياشي، الذي حل بفرنسا للمشاركة في قمة من أجل ميثاق مالي عالمي جديد',
    'وزيرة الخارجية، التي تحل باليابان لحضور مؤتمر طوكيو الدولي للتنمية في أفريقيا',
  ])('in town for a multilateral meeting: %s', (text) => {
    expect(isInTownForMultilateral(foldForMatching(text))).toBe(true);
  });
  test.each([
    'استقبل الرئيس وزير الخارجية الياباني الذي يزور البلاد حاليا في أول زيارة من نوعها',
    'الذي يزور اليابان للمشاركة في محادثات مع نظيره',
    'الذي يزور البلاد للمشاركة في اجتماعات الدورة الخامسة للجنة المشتركة بين البلدين',
    'الذي يحل باليابان للمشاركة في الحوار الاستراتيجي بين البلدين',
  ])('a visit of its own: %s', (text) => {
    expect(isInTownForMultilateral(foldForMatching(text))).toBe(false);
  });
});
