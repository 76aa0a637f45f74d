import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { isKicker } from './isKicker.ts';

describe('isKicker', () => {
  test.each<[string, boolean]>([
    // kickers the corpus's pages set beside their headlines (rosemary-06, dell-07, bluebell-04, aspen-03, basil-08)
    ['على هامش قمة العشرين', true],
    ['على هامش اجتماع وزراء خارجية مجموعة العشرين بجوهانسبرغ', true],
    ['عقب الاعتداء الإرهابي على منشأة تيقنتورين الغازية', true],
    ['في ختام مباحثات رسمية بطوكيو تناولت السلام في الشرق الأوسط', true],
    ['على هامش اجتماعات «آسيان»', true],
    // batch 100's moonwort-01 (Al Ittihad): the eve of a conference; and its counterpart, the day after
    ['عشية افتتاح «تيكاد 4» في يوكوهاما', true],
    ['غداة انتهاء أعمال القمة الأفريقية اليابانية', true],
    // (a lede that opens so, with its commas, is no kicker: development's moor-05)
    ['عشية الافتتاح الرسمي لأشغال الندوة، التقى وزير الخارجية الياباني هاياشي يوشيماسا، اليوم الجمعة بالعاصمة تونس، نظيره الغابوني', false],
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
