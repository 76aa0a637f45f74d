import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { captionByItself } from './captionByItself.ts';

describe('captionByItself', () => {
  // a line, and whether it says by itself that it captions a photo
  test.each<[string, boolean]>([
    ['صورة: رئيس الوزراء الياباني يصافح الرئيس الأوكراني في بوليا', true],
    ['التعليق على الصورة، وزير الخارجية الياباني ونظيره البريطاني', true],
    ['[صورة] ولي العهد يستقبل رئيس الوزراء الياباني في قصر الوطن', true],
    ['هاياشي في القصر الرئاسي في كولومبو (مكتب الإعلام الرئاسي).', true],
    ['وزير المالية يستقبل نائب وزير الخارجية الياباني في دمشق (وزارة المالية/ فيسبوك)', true],
    ['رئيس الوزراء الياباني فوميو كيشيدا / Reuters', true],
    ['رئيس الوزراء الياباني فوميو كيشيدا - صورة أرشيفية', true],
    ['وأكد الجانبان أهمية التعاون، وفق ما نقلته الوكالة (رويترز) عن مصدر دبلوماسي في طوكيو', false],
    ['وزيرا خارجية الهند واليابان يبحثان التعاون الدفاعي', false],
    ['الهند - اليابان: شراكة استراتيجية', false],
  ])('%s → %s', (line, expected) => {
    expect(captionByItself(normalizeForMatching(line))).toBe(expected);
  });
});
