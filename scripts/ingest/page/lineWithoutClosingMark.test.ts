import { describe, expect, test } from 'vitest';
import { lineWithoutClosingMark } from './lineWithoutClosingMark.ts';

describe('lineWithoutClosingMark', () => {
  // the line as pasted, and what the article keeps of it
  test.each([
    ['دخلت الاتفاقية حيز التنفيذ في أغسطس من العام الماضي. (النهاية) ع ح / ف ا', 'دخلت الاتفاقية حيز التنفيذ في أغسطس من العام الماضي.'],
    ['وأكد الجانبان أهمية الاستقرار في المنطقة. (النهاية) ا س ص / م ع ح', 'وأكد الجانبان أهمية الاستقرار في المنطقة.'],
    ['ورحب بلقاء جلالة الإمبراطور. (النهاية)', 'ورحب بلقاء جلالة الإمبراطور.'],
    ['وأضاف أنه سيزور لاحقا إيطاليا وبريطانيا. /نهاية الخبر/', 'وأضاف أنه سيزور لاحقا إيطاليا وبريطانيا.'],
    ['واتفق الوزيران على مواصلة التنسيق. // انتهى //', 'واتفق الوزيران على مواصلة التنسيق.'],
  ])('cuts the sign-off: %s', (line, kept) => {
    expect(lineWithoutClosingMark(line)).toBe(kept);
  });
  test.each([
    'التقى الوزيران في الرياض اليوم. (واس)',
    'وقال الوزير إن المحادثات كانت مثمرة (رويترز)',
    'وشدد على أهمية المرحلة النهائية (النهاية) من المفاوضات التي تستمر أسبوعا.',
    'أُعلن عن خطة العمل 2024/2028 التي تمتد أربع سنوات.',
  ])('keeps a line without one: %s', (line) => {
    expect(lineWithoutClosingMark(line)).toBe(line);
  });
  // batch 38's quill-05 (AFP's dateline with the country in brackets): the pattern tried every split of the rest of the
  // line into one- and two-letter initials and never ended, so the whole ingest hung on this seed
  test('a bracketed dateline before a long sentence is read at once', () => {
    // (short enough that the old pattern took some seconds here, not hours: the test fails rather than hangs)
    const line = 'نوسا دوا (إندونيسيا) (أ ف ب) – التقى وزير الخارجية الياباني يوشيماسا هاياشي، في بالي.';
    const started = performance.now();
    expect(lineWithoutClosingMark(line)).toBe(line);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
