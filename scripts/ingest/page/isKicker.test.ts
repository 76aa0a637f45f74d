import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { isKicker, isMotto } from './isKicker.ts';

describe('isKicker', () => {
  test.each<[string, boolean]>([
    // kickers the corpus's pages set beside their headlines (rosemary-06, dell-07, bluebell-04, aspen-03, basil-08)
    ['على هامش قمة العشرين', true],
    ['على هامش اجتماع وزراء خارجية مجموعة العشرين بجوهانسبرغ', true],
    ['عقب الاعتداء الإرهابي على منشأة تيقنتورين الغازية', true],
    ['في ختام مباحثات رسمية بطوكيو تناولت السلام في الشرق الأوسط', true],
    ['على هامش اجتماعات «آسيان»', true],
    // whole headlines: a separator of parts, or no word of circumstance first
    ['على هامش مؤتمر ألغام أوكرانيا.. طوكيو وبراغ تبحثان تعزيز التعاون', false],
    ['في يوكوهاما على هامش «تيكاد 7».. آبي وموسيفيني يبحثان تمويل البنى التحتية', false],
    ['في طوكيو: آبي وبولسونارو يبحثان التجارة', false],
    ['آبي وبولسونارو يبحثان في أوساكا تعزيز التجارة', false],
    ['فيتنام واليابان تبحثان التعاون', false],
  ])('%s → %s', (line, expected) => {
    expect(isKicker(normalizeForMatching(line), line)).toBe(expected);
  });
});

describe('isMotto', () => {
  test.each<[string, boolean]>([
    // mastheads' mottoes the corpus's pages carry (hale-07, eglantine-01, kumquat-07, elder-01, dill-05, quassia-07)
    ['صحيفة العرب الأولى', true],
    ['صحيفة مستقلة تصدر من عدن', true],
    ['صحيفة يومية سياسية مستقلة - دبي', true],
    ['موقع إخباري مستقل يهتم بشؤون الصومال ومنطقة القرن الأفريقي', true],
    // headlines: a paper quoted with a colon, or no outlet's word first
    ['صحيفة يابانية: طوكيو تدرس تعزيز التعاون مع الرياض', false],
    ['كينيا واليابان تبحثان جهود السلام في القرن الأفريقي', false],
    ['يوميات زيارة رئيس الوزراء الياباني إلى الخليج', false],
  ])('%s → %s', (line, expected) => {
    expect(isMotto(normalizeForMatching(line), line)).toBe(expected);
  });
});
