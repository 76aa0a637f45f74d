import { describe, expect, test } from 'vitest';
import { spokenOfActClauses } from './spokenOfActClauses.ts';
import { articleToSentences } from './sentences.ts';

/** The words of each subject of an act to come in a sentence, folded. */
function subjects(text: string): string[] {
  const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
  return spokenOfActClauses(sentence).map(([start, end]) => sentence.tokens.slice(start, end).map((token) => token.norm).join(' '));
}

describe('spokenOfActClauses', () => {
  // pairs73's pair-216 and pairs77's pair-223, pair-224: the subject of an act to come, told at the talks
  test.each([
    ['وأكد جلالة الملك أن رئيس الوزراء الياباني شينزو آبي سيزور المملكة خلال الأيام المقبلة.', ['رييس الوزراء الياباني شينزو ابي']],
    ['واوضح شريف خلال اللقاء ان الرئيس عبدالله يمين عبدالقيوم سيبدأ يوم الاثنين المقبل زيارة رسمية.', ['الرييس عبدالله يمين عبدالقيوم']],
    ['وأكد السفير أن إمبراطور اليابان أكيهيتو ورئيس الوزراء شينزو آبي سيكونان في مقدمة مستقبلي الرئيس.', ['امبراطور اليابان اكيهيتو ورييس الوزراء شينزو ابي']],
  ])('%s', (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });
  // waiting pair-254 (MENA) and pair-259 (Mehr): the subject of a decision or a stance told at the talks
  test.each([
    ['وصرح مصدر مسئول بأن المبعوث الياباني أوضح أن رئيس الوزراء كويزومي قرر إيفاده إلى المنطقة.', ['رييس الوزراء كويزومي']],
    ['وأضاف وزير الخارجية أن الرئيس حسن روحاني يحتفظ بذكريات طيبة عن لقاءاته المتعددة مع كومورا.', ['الرييس حسن روحاني']],
  ])('a decision or a stance: %s', (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });
  // no «أن» before the verb, a comma between, or the act to come told with no subject after «أن»
  test.each([
    ['التقى الرئيس عبدالله يمين سيلتقي وزير الخارجية.'],
    ['وأكد الملك أن الوزير، وهو في زيارة، سيزور المملكة.'],
    ['وأكد الوزير أن بلاده ستواصل دعمها.'],
    ['وأكد الوزير أن سيزور المملكة.'],
  ])('none in «%s»', (text) => {
    expect(subjects(text)).toEqual([]);
  });
});
