import { describe, expect, test } from 'vitest';
import { ledeParagraphOf, articleToSentences } from './sentences.ts';
import { namesParticipants } from './namesParticipants.ts';

/** The last sentence of an article of these paragraphs, and whether it names people who took part. */
const lastNamesParticipants = (...paragraphs: string[]) => {
  const sentences = articleToSentences({ title: 'عنوان', paragraphs });
  return namesParticipants(sentences.at(-1)!, ledeParagraphOf(sentences), new Set(), false);
};

describe('namesParticipants', () => {
  const lede = 'بحث وزير الخارجية الياباني مع نظيره الأردني في عمان التعاون الثنائي بين البلدين.';
  const second = 'وتناول الجانبان الأوضاع في المنطقة.';
  test.each<[string, string, boolean]>([
    ['the lede', lede, true],
    ['attendance past the lede', 'وحضر اللقاء وزير التخطيط والتعاون الدولي.', true],
    ['attendance in a relative clause', 'وأشاد بالوزير الذي حضر افتتاح الألعاب في طوكيو.', false],
    ['another meeting past the lede', 'وفي وقت لاحق، التقى الوزير الياباني رئيس الوزراء الأردني.', false],
    ['attendance after another meeting\'s marker', 'وفي اليوم نفسه، استقبل ولي العهد الوزير الياباني والوفد المرافق له.', false],
    // batch 55's alder-02 (KUNA): the premier's talks after the guest's audience with the Amir are another meeting
    ['another meeting after the audience («وعقب المقابلة»)', 'وعقب المقابلة الأميرية عقد سمو رئيس مجلس الوزراء جلسة مباحثات رسمية مع الوزير الياباني.', false],
    // batch 56's gentian-07: the separate bilateral meetings held on the dialogue's sidelines
    ['separate meetings on the dialogue\'s sidelines', 'وعلى هامش الحوار، عقد الوزير لقاءين ثنائيين منفصلين مع نائبة رئيس الوزراء ومع وزير المالية.', false],
    // batch 72's allspice-04 (SPA), lagoon-06, batch 68's sumac-06: «من جهة أخرى» turns to another exchange of the visit
    ['another exchange «on the other hand» («من جهة أخرى»)', 'من جهة أخرى، أجرى خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود اتصالاً هاتفياً بدولة رئيس الوزراء الياباني.', false],
    ['another exchange «in another context» («وفي سياق آخر»)', 'وفي سياق آخر، التقى الوزير الياباني رئيس مجلس النواب الأردني.', false],
    // batch 68's caraway-07 (ONA): «حضرة صاحب الجلالة», a form of address, folds as «حضره» («attended it») does
    ['another meeting, its host addressed «حضرة صاحب الجلالة»', 'وخلال الزيارة، تشرّف الوزير الياباني بمقابلة حضرة صاحب الجلالة السلطان، كما التقى وزير الخارجية.', false],
    // batch 70's guava-05 (NHK), batch 64's kava-04: «في أعقاب …», «عقب المشاورات» tell another meeting, as «عقب الاجتماع»
    ['another meeting in the wake of the consultations («وفي أعقاب المشاورات»)', 'وفي أعقاب المشاورات، استقبل وزير الخارجية المنغولي الوفد الياباني.', false],
    // batch 85's betony-01, knotweed-06, parsley-05, nigella-05: «كما شارك», «كما حضر» turn to another occasion of the
    // visit, as «كما التقى» does
    ['another occasion «also attended» («كما شارك الوزير في …»)', 'كما شارك الوزير الياباني في الاجتماع الوزاري الرباعي، الذي ضم إلى جانبه رئيس دائرة شؤون المفاوضات صائب عريقات.', false],
    ['another occasion «also attended» («كما حضر … مأدبة غداء أقامها X»)', 'كما حضر الوزير مأدبة غداء أقامها نائب وزيرة الخارجية لويس ميغيل إنكابيي.', false],
    ['who also attended this meeting', 'وأوضحت الوزارة أن الاجتماع حضره أيضا وزير التجارة.', true],
    // the waiting set's knotgrass-03, pignut-03, woodruff-03: a delegation's head told in the present tense, the round going on
    ['a delegation led in the present tense («ويقود الوفد»)', 'ويقود الوفد الياباني نائب وزير الخارجية ماساهارو كوهنو، ويضم ممثلين عن وزارات الاقتصاد والمالية.', true],
    ['a side led in the present tense («ويرأس الجانب»)', 'ويرأس الجانب المكسيكي في هذه الاجتماعات المدير العام للمفاوضات في وزارة الاقتصاد.', true],
    ['greeters at the airport', 'وكان في استقباله لدى وصوله إلى مطار الملكة علياء الدولي وزير الدولة للشؤون الخارجية.', false],
  ])('%s', (_, sentence, names) => {
    expect(sentence === lede ? lastNamesParticipants(lede) : lastNamesParticipants(lede, second, 'وأكد الجانبان أهمية التعاون.', sentence)).toBe(names);
  });
  test('a statement made at the meeting the next sentence tells names who took part («جاء ذلك خلال استقباله …»)', () => {
    const statement = 'أكد رئيس الوزراء الأردني، أمس الأحد، حرص المملكة على تطوير العلاقات مع اليابان في المجالات كافة.';
    const namesOfStatement = (next: string) => {
      // (after a first paragraph: the body's first sentence names who took part whatever follows it)
      const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['من مراسلنا في عمان.', statement, next] });
      return namesParticipants(sentences[2]!, ledeParagraphOf(sentences), new Set(), false);
    };
    expect(namesOfStatement('جاء ذلك خلال استقباله في دار رئاسة الوزراء رئيس هيئة الأركان المشتركة اليابانية.')).toBe(true);
    expect(namesOfStatement('وتأتي هذه التصريحات بعد استقباله رئيس هيئة الأركان المشتركة اليابانية.')).toBe(false);
  });
  test('an airport with no word of arrival or welcome is where the talks were held', () => {
    expect(lastNamesParticipants('التقى رئيس الوزراء الياباني نظيره السنغافوري على مأدبة غداء في مطار تشانجي الدولي في طريق عودته إلى طوكيو.')).toBe(true);
    expect(lastNamesParticipants('استقبل رئيس الوزراء الياباني لدى وصوله إلى مطار تشانجي الدولي وزير الدولة السنغافوري.')).toBe(false);
  });
  // the waiting set's jade-04 (APS), juniper-05, thyme-03: the body's first sentence tells what the story's subject said
  // or did, and only the next names the talks; saffron-01 (WAM): a letter's sender was not where it was handed over
  test('the body\'s first sentence names who took part, though no meeting word is in it, unless it tells a letter', () => {
    const opening = (first: string) => {
      const sentences = articleToSentences({ title: 'عنوان', paragraphs: [first, 'وقال المسؤول الياباني عقب المحادثات التي جمعته بالوزير المنتدب إن الطرفين أجريا تقييما للوضع.'] });
      return namesParticipants(sentences[1]!, ledeParagraphOf(sentences), new Set(), false);
    };
    expect(opening('أبدى نائب وزير الشؤون الخارجية الياباني، نوبوو كيشي، يوم الأحد بالجزائر العاصمة، رغبة بلاده في تعاون وثيق مع الجزائر.')).toBe(true);
    expect(opening('بعث رئيس الدولة الشيخ محمد بن زايد آل نهيان رسالة خطية إلى رئيس وزراء اليابان.')).toBe(false);
    // (not the second sentence of that paragraph)
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['أبدى الوزير الياباني رغبة بلاده في التعاون. وأشاد الوزير بدور رئيس الوزراء الأسبق في العلاقات.', 'وتناولت المحادثات التي جمعته بالوزير الجزائري الوضع في الساحل.'] });
    expect(namesParticipants(sentences[2]!, ledeParagraphOf(sentences), new Set(), false)).toBe(false);
  });
});
