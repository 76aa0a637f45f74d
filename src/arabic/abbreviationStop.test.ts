import { describe, expect, test } from 'vitest';
import { splitKeepingAbbreviations } from './abbreviationStop.ts';

/** Splits after a full stop and spaces, as the sentence stage does before the abbreviations are held. */
const atStops = (text: string) => text.split(/(?<=\.)\s+/);

describe('splitKeepingAbbreviations', () => {
  test.each<[string, string[]]>([
    // a title's abbreviation: a lone letter
    ['وأبلغ د. نافع علي نافع الوزير بموقف بلاده. ثم غادر.', ['وأبلغ د. نافع علي نافع الوزير بموقف بلاده.', 'ثم غادر.']],
    // Latin initials written as their letters' names (the waiting set's figwort-06, batch 103's mayweed-07, batch 102's hornwort-02)
    ['عقد وزير الخارجية الهندي إس. إم. كريشنا ونظيره الياباني الجولة الخامسة. وأكد الجانبان أهمية الحوار.', ['عقد وزير الخارجية الهندي إس. إم. كريشنا ونظيره الياباني الجولة الخامسة.', 'وأكد الجانبان أهمية الحوار.']],
    ['محادثات مع وزير الخارجية السنغافوري كيه. شانموغام. وتناولت العلاقات.', ['محادثات مع وزير الخارجية السنغافوري كيه. شانموغام.', 'وتناولت العلاقات.']],
    ['وزير الدولة للشؤون الخارجية اي. أحمد. ثم غادر.', ['وزير الدولة للشؤون الخارجية اي. أحمد.', 'ثم غادر.']],
    // a sentence that ends with a word that only looks like one: the Chinese and Korean family name Yu, a longer word
    ['وقال تشو يو. وأضاف الوزير.', ['وقال تشو يو.', 'وأضاف الوزير.']],
    ['وصل الوزير إلى دلهي. وبدأ المحادثات.', ['وصل الوزير إلى دلهي.', 'وبدأ المحادثات.']],
  ])('%s', (text, sentences) => {
    expect(splitKeepingAbbreviations(text, atStops)).toEqual(sentences);
  });
});
