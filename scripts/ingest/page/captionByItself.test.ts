import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { captionByItself, captionLabelAlone } from './captionByItself.ts';

describe('captionByItself', () => {
  // a line, and whether it says by itself that it captions a photo
  test.each<[string, boolean]>([
    ['صورة: رئيس الوزراء الياباني يصافح الرئيس الأوكراني في بوليا', true],
    ['التعليق على الصورة، وزير الخارجية الياباني ونظيره البريطاني', true],
    ['[صورة] ولي العهد يستقبل رئيس الوزراء الياباني في قصر الوطن', true],
    // a space inside the bracket (batch 61's agave-05, Anadolu: «[ صورة: وزير الخارجية التركي … - الأناضول ]»)
    ['[ صورة: وزير الخارجية التركي ونظيره الياباني في ناغويا ]', true],
    ['هاياشي في القصر الرئاسي في كولومبو (مكتب الإعلام الرئاسي).', true],
    ['وزير المالية يستقبل نائب وزير الخارجية الياباني في دمشق (وزارة المالية/ فيسبوك)', true],
    // moor-09 (Al-Ghad), lantern-04, levant-07, inlet-04: the Japanese foreign ministry or a royal court as the photo's source
    ['وزيرة الخارجية اليابانية يوكو كاميكاوا تصافح نظيرتها السلوفينية تانيا فايون في طوكيو (وزارة الخارجية اليابانية)', true],
    ['كاميكاوا تصافح نظيرها الغواتيمالي في طوكيو (الخارجية اليابانية)', true],
    ['الملك خلال لقائه وزير الدفاع الياباني في عمّان (الديوان الملكي الهاشمي)', true],
    ['وزير الخارجية يلتقي نظيره الياباني (وزارة الخارجية)', false],
    ['رئيس الوزراء الياباني فوميو كيشيدا / Reuters', true],
    // batch 90's bramble-02 (Al-Hayat): the caption in square brackets, its credit last inside them
    ['[ رايس ورامسفيلد مع آسو ونوكاغا قبل مؤتمرهم الصحافي في مقر وزارة الخارجية الأميركية (أ ب) ]', true],
    ['[وزير الخارجية الياباني ونظيره المولدوفي قبيل لقائهما (الخارجية اليابانية)]', true],
    ['[ وزيرا خارجية الهند واليابان يبحثان التعاون الدفاعي ]', false],
    // batch 24's fell-04 (swissinfo): the Swiss photo agency
    ['دوريس لويتهارد وهيروفومي ناكاسوني يتبادلان وثائق الاتفاقية في العاصمة اليابانية (Keystone)', true],
    ['رئيس الوزراء الياباني فوميو كيشيدا - صورة أرشيفية', true],
    ['وأكد الجانبان أهمية التعاون، وفق ما نقلته الوكالة (رويترز) عن مصدر دبلوماسي في طوكيو', false],
    ['وزيرا خارجية الهند واليابان يبحثان التعاون الدفاعي', false],
    ['الهند - اليابان: شراكة استراتيجية', false],
  ])('%s → %s', (line, expected) => {
    expect(captionByItself(normalizeForMatching(line))).toBe(expected);
  });
  // a caption's label alone on its line (BBC Arabic), and lines that only open with it or name a photo
  test.each<[string, boolean]>([
    ['التعليق على الصورة،', true],
    ['التعليق على الصورة', true],
    ['التعليق على الصورة، وزير الخارجية الياباني ونظيره البريطاني', false],
    ['صدر الصورة، Getty Images', false],
  ])('label alone: %s → %s', (line, expected) => {
    expect(captionLabelAlone(normalizeForMatching(line))).toBe(expected);
  });
});
