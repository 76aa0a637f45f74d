import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { isMotto } from './isMotto.ts';

describe('isMotto', () => {
  test.each<[string, boolean]>([
    // mastheads' mottoes the corpus's pages carry (hale-07, eglantine-01, kumquat-07, elder-01, dill-05, quassia-07)
    ['صحيفة العرب الأولى', true],
    ['صحيفة مستقلة تصدر من عدن', true],
    ['صحيفة يومية سياسية مستقلة - دبي', true],
    ['موقع إخباري مستقل يهتم بشؤون الصومال ومنطقة القرن الأفريقي', true],
    // batch 113's knawel-08 (a blog reposting news): a blog describing itself
    ['مدونة إخبارية مستقلة تهتم بشؤون شرق آسيا وعلاقاتها بالعالم', true],
    // the outlet's name, a dash or bar, then its motto (batch 69's clove-03, Ech-Chaab; batch 68's caraway-02, Assabah)
    ['الشعب - يومية وطنية إخبارية', true],
    ['الصباح نيوز | جريدة الصباح - تونس', true],
    // a headline with a dash: what follows it is no motto
    ['اليابان - الجزائر: تسريع اتفاق حماية الاستثمارات', false],
    ['بوتين - آبي .. قمة بلا اتفاق على الجزر', false],
    ['الرياض - طوكيو جريدة الشراكة الجديدة في الطاقة والتقنية والاستثمار والتعليم والصحة والثقافة والسياحة', false],
    // headlines: a paper quoted with a colon, or no outlet's word first
    ['صحيفة يابانية: طوكيو تدرس تعزيز التعاون مع الرياض', false],
    ['كينيا واليابان تبحثان جهود السلام في القرن الأفريقي', false],
    ['يوميات زيارة رئيس الوزراء الياباني إلى الخليج', false],
  ])('%s → %s', (line, expected) => {
    expect(isMotto(normalizeForMatching(line), line)).toBe(expected);
  });
});
