import { describe, expect, test } from 'vitest';
import { isPlausibleName } from './isPlausibleName.ts';

describe('isPlausibleName', () => {
  // text read after a title, and whether it can be a person's name
  test.each<[string, boolean]>([
    ['فوميو كيشيدا', true],
    ['مأدبة غداء', false],
    // a word with a pronoun ending: a noun with its possessor
    ['موقف بلاده', false],
    // batch 80's hellebore-03 (Al-Alam): «… بشأن حقوق الإنسان، برئاسة …» read back from the chair's title
    ['حقوق الإنسان', false],
    // batch 127's matai-03: «التنسيق داخل مجلس الأمن» after a counterpart's nisba
    ['داخل مجلس', false],
    // batch 71's lavender-07 and batch 79's skirret-03: a verbal noun behind «ب» after a counterpart's nisba, no name
    ['بمرور خمسين', false],
    ['بتوقيت نيويورك', false],
    // the waiting set's saffron-03 and pine-10: a long foreign family name in «ه» ends a name; a noun with «his» does not
    ['محمود فرازنده', true],
    // batch 80's cowslip-03 and the waiting set's pair-101: Guo written «قوه», not the stop-word «قوة»
    ['داي بينغ قوه', true],
    ['تسي قوه ون', true],
    ['قوة الدفاع', false],
    ['ساشيكالا بريماواردهانه', true],
    ['الصفدي نظيره', false],
    ['إيوايا زيارته', false],
    // a family name in ة after a given name the gazetteer knows (dev brae-02)
    ['محمد حمودة', true],
    // a full name of four words may end in ة
    ['سميح عيسى جوهر حياة', true],
    // a dangling link word
    ['عبدالعزيز بن', false],
    // a city of the gazetteer read before an envoy's title (batch 59's teasel-07: «في العاصمة بوينس آيرس، المبعوثة
    // الخاصة لرئيس الوزراء الياباني …»)
    ['بوينس آيرس', false],
    ['بوينس أيرس', false],
    // … and behind «ب» (batch 129's miro-03: «في مقر الخارجية التركمانية بعشق آباد، الممثل الخاص …»)
    ['بعشق آباد', false],
    ['لأديس أبابا', false],
    // a guard of honour the guest inspected (batch 60's wasabi-05: «استعرض الوزير الهندي حرس الشرف»)
    ['حرس الشرف', false],
    // an exhibition after an office's complement (batch 75's dandelion-04: «المبعوث الخاص … لشؤون معرض إكسبو العالمي»;
    // the synthetic seeds' «الوزير المكلف بمعرض إكسبو»)
    ['معرض إكسبو', false],
    // words of the story read where a name stands (waiting pages gentian-02 «رئيس وزراء ياباني لهذا البلد», jasmine-05,
    // chervil-01, orris-08, kumquat-07, tulip-04): a stop-word behind «ل», common nouns, verbs behind «و»
    ['لهذا البلد', false],
    ['احتمال قيام', false],
    ['قرار برلين', false],
    ['ويشرح أسباب', false],
    // (batch 78's lungwort-01: «كونو يؤكد لوزير الدفاع الهندي استعداد طوكيو …», a verbal noun after the title)
    ['استعداد طوكيو', false],
    // (not a name opening with «ب» or «ك» that reads as a stop-word behind one: «كالا», «كاني»)
    ['يوسف كالا', true],
    ['كاني أيشاتو بولاما', true],
    ['بمعرض إكسبو', false],
    // a verb of awarding after a name in a headline (batch 61's agave-04: «الإمبراطور أكيهيتو يقلد الشيخ جابر المبارك وسام …»)
    ['أكيهيتو يقلد', false],
    // a delegation's words, the nisba indefinite in the accusative (batch 65's ume-06: «يستقبل وفدا يابانيا برئاسة …»,
    // «و» read as a conjunction); a family name from a nisba takes the article
    ['فدا يابانيا', false],
    // a participle of the talks' report after a comma (batch 66's yuzu-05: «… في الاجتماع الوزاري، مرحبا بمسار الإصلاحات»)
    ['مرحبا بمسار', false],
    ['مؤكداً أهمية', false],
    ['وفدا مصريا', false],
    ['محمد شياع السوداني', true],
    // a word of meetings
    ['بحضور دولة', false],
    // a hyphenated foreign syllable passes the pronoun test
    ['ليلى ناندي-نديتواه', true],
  ])('%s → %s', (name, expected) => {
    expect(isPlausibleName(name)).toBe(expected);
  });
  test('a given name in ة of the table opens or goes on a name, a noun in ة does not', () => {
    // caraway-08 (SONNA): «الأمين الدائم لوزارة الخارجية والتعاون الدولي حمزة آدن هادو»
    expect(isPlausibleName('حمزة آدن هادو')).toBe(true);
    expect(isPlausibleName('آمنة الضحاك')).toBe(true);
    expect(isPlausibleName('محمد بن أسامة')).toBe(true);
    expect(isPlausibleName('مأدبة غداء')).toBe(false);
    // batch 119's redwood-04 (Al-Wasat): the topic after an unnamed minister's office, «تخفيف تحذيرات السفر»
    expect(isPlausibleName('تخفيف تحذيرات')).toBe(false);
    expect(isPlausibleName('دولة الكويت')).toBe(false);
  });

  test('a woman\'s given name in ة beside a feminine title', () => {
    // («رحمة» is a noun as often as a name: only beside a feminine title)
    expect(isPlausibleName('رحمة الضحاك')).toBe(false);
    expect(isPlausibleName('رحمة الضحاك', true)).toBe(true);
    // batch 72's chive-05 (Erem News): the object of a report right after «الوزيرة الهولندية» or «نظيرته الهولندية»
    expect(isPlausibleName('رغبة طوكيو', true)).toBe(false);
    expect(isPlausibleName('إبقاء العقوبات', true)).toBe(false);
  });

  test('a woman\'s given or family name in «ـه» beside a feminine title', () => {
    // batch 131's cedar-01 («رئيسة جمهورية جزر مارشال هيلدا هاينه»), pairs41's pair-152 («وزيرة الاقتصاد … كاترينا رايشه»)
    expect(isPlausibleName('هيلدا هاينه', true)).toBe(true);
    expect(isPlausibleName('كاترينا رايشه', true)).toBe(true);
    expect(isPlausibleName('زوزانه باومان', true)).toBe(true);
    // «his» after a man's title is a pronoun
    expect(isPlausibleName('كاترينا رايشه')).toBe(false);
    // (nor a particle with the pronoun: «عليه»)
    expect(isPlausibleName('هيلدا عليه', true)).toBe(false);
  });
});
