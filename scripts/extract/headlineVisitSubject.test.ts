import { describe, expect, test } from 'vitest';
import { isHeadlineVisitSubject } from './headlineVisitSubject.ts';
import { articleToSentences } from './sentences.ts';

/** The headline of an article with this title, its tokens' folded words, and whether the word `word` opens a subject. */
const subjectAt = (title: string, word: string, earlier: { start: number; end: number }[] = [], joined = false) => {
  const headline = articleToSentences({ title, paragraphs: ['نص الخبر.'] })[0]!;
  const at = headline.tokens.findIndex((token) => token.norm === word);
  return isHeadlineVisitSubject(headline, at, earlier, joined);
};

describe('isHeadlineVisitSubject', () => {
  test.each<[string, string, string, boolean]>([
    // the waiting set's flax-07, brooklime-08, rue-01, skirret-04
    ['a visit\'s subject', 'وزيرا خارجية اليابان وبنجلاديش يبحثان متابعة نتائج زيارة حسينة لطوكيو', 'حسينه', true],
    ['a visit\'s subject after its office', 'اليابان والبرازيل تتفقان على تسريع زيارة الرئيسة روسيف إلى طوكيو', 'الرييسه', true],
    ['a summit\'s first subject', 'اليابان ولاوس تبحثان تعزيز الشراكة عشية قمة آبي وثونغلون', 'ابي', true],
    // pair-117 (Anadolu), batch 118's mahogany-03 (Youm7): the noun behind «و»
    ['a summit\'s subject behind «و»', 'طوكيو وواشنطن تبحثان متابعة مخرجات "2+2" وقمة كيشيدا وبايدن', 'كيشيدا', true],
    ['the subject of the story\'s verb', 'آبي يستقبل رئيس وزراء لاوس ويبحثان الشراكة', 'ابي', false],
    ['a name after another noun', 'وزير الخارجية يلتقي السفير ويبحث زيارة الوفد ونتائج لقاء آبي', 'ابي', false],
  ])('%s', (_, title, word, expected) => {
    expect(subjectAt(title, word)).toBe(expected);
  });
  test('a person joined by «و» to a summit\'s subject is one too; not one who is not joined', () => {
    const title = 'اليابان ولاوس تبحثان تعزيز الشراكة عشية قمة آبي وثونغلون';
    const headline = articleToSentences({ title, paragraphs: ['نص.'] })[0]!;
    const abe = headline.tokens.findIndex((token) => token.norm === 'ابي');
    expect(isHeadlineVisitSubject(headline, abe + 1, [{ start: abe, end: abe + 1 }], true)).toBe(true);
    expect(isHeadlineVisitSubject(headline, abe + 1, [{ start: abe, end: abe + 1 }], false)).toBe(false);
  });
  test('only in the headline', () => {
    const body = articleToSentences({ title: 'عنوان', paragraphs: ['وبحث الوزيران متابعة نتائج زيارة حسينة لطوكيو.'] })[1]!;
    expect(isHeadlineVisitSubject(body, body.tokens.findIndex((token) => token.norm === 'حسينه'), [], false)).toBe(false);
  });
});
