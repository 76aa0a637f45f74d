import { describe, expect, test } from 'vitest';
import { bareDateLineToDay, breadcrumbToPublishedDay, datelineToDay, isAgeStamp, isTodayLine, lineToPublishedDay, lineToSource, lineToUpdatedDay, textToUrl } from './sourceLines.ts';

describe('lineToSource', () => {
  test('returns the outlet of a named source', () => {
    expect(lineToSource('المصدر: البوابة نيوز')).toEqual({ outlet: 'البوابة نيوز' });
  });

  // batch 36's elm-03 (An-Nahar's archive): the paper, then its issue's date and number set off by dashes
  test('reads the issue\'s date of a print archive\'s source line', () => {
    expect(lineToSource('المصدر: "النهار" - الثلثاء 6 شباط 2001 - السنة 68 - العدد 20867')).toEqual({ outlet: '"النهار"', publishedAt: '2001-02-06' });
    expect(lineToSource('المصدر: وكالة الأنباء - الرياض')).toEqual({ outlet: 'وكالة الأنباء - الرياض' });
  });
  test('returns the url of a linked source', () => {
    expect(lineToSource('المصدر: https://www.vietnamplus.vn/a-b-post1081011.vnp')).toEqual({ url: 'https://www.vietnamplus.vn/a-b-post1081011.vnp' });
  });

  test('returns both for "outlet - url"', () => {
    expect(lineToSource('المصدر: وكالة الأنباء - https://example.org/x')).toEqual({ outlet: 'وكالة الأنباء', url: 'https://example.org/x' });
  });

  test('returns undefined for an ordinary sentence', () => {
    expect(lineToSource('وقال المصدر إن الاجتماع كان مثمراً.')).toBeUndefined();
  });
});

describe('lineToSource with a date', () => {
  // batch 34's sage-01 (Emarat Al Youm): the date after a wide gap on the source line
  test('a source line that carries the date after a wide gap gives the outlet and the day', () => {
    expect(lineToSource('المصدر: دبي - وام    التاريخ: 03 مايو 2013')).toEqual({ outlet: 'دبي - وام', publishedAt: '2013-05-03' });
    expect(lineToSource('المصدر: وكالة الأنباء الكويتية')).toEqual({ outlet: 'وكالة الأنباء الكويتية' });
  });
});

describe('lineToPublishedDay', () => {
  // batch 56's furze-03 (Elaph's print version): the day the print version was made is the reader's, not the article's;
  // a bare «تاريخ» still labels the date itself or a weekday
  test('«تاريخ الطباعة» or «تاريخ الزيارة» dates no article; a bare «تاريخ» before a date or weekday does', () => {
    expect(lineToPublishedDay('تاريخ الطباعة: 04/12/2026')).toBeUndefined();
    expect(lineToPublishedDay('تاريخ الزيارة: 5 مايو 2020')).toBeUndefined();
    expect(lineToPublishedDay('تاريخ: 12 مايو 2020')).toBe('2020-05-12');
    expect(lineToPublishedDay('بتاريخ الاثنين 5 مايو 2020')).toBe('2020-05-05');
    expect(lineToPublishedDay('التاريخ: 22 أغسطس 2000')).toBe('2000-08-22');
  });
  // batch 85's betony-05, batch 78's lungwort-04 (Al Ittihad), batch 69's clove-04: a print edition's issue, a dash or a
  // colon after its label; the label alone is a menu's
  test.each<[string, string | undefined]>([
    ['النسخة الورقية - الأربعاء 29 جمادى الآخرة 1440 هـ - 6 مارس 2019 م', '2019-03-06'],
    ['من العدد الورقي - الاثنين 16 ديسمبر 2013', '2013-12-16'],
    ['النسخة الورقية: الثلاثاء 30 صفر 1446 هـ - 3 أيلول 2024', '2024-09-03'],
    ['النسخة الورقية', undefined],
  ])('a print edition\'s line: %s', (line, day) => {
    expect(lineToPublishedDay(line)).toBe(day);
  });
  test('reads an English-style publication line', () => {
    expect(lineToPublishedDay('تاريخ النشر: 7th, January 2025 GMT')).toBe('2025-01-07');
  });
  // the waiting set's willow-05: a two-figure year behind a publication label
  test('reads a publication line whose year has two figures', () => {
    expect(lineToPublishedDay('نشر: 30/08/22 17:48')).toBe('2022-08-30');
  });

  test('reads an Arabic publication line', () => {
    expect(lineToPublishedDay('نشر في: 29 مايو 2024')).toBe('2024-05-29');
  });
  // batch 32's mere-05 (El Khabar): the issue's day above the headline
  test('reads a newspaper\'s issue line «عددنا ليوم …»', () => {
    expect(lineToPublishedDay('عددنا ليوم الثلاثاء 14 ديسمبر 2010')).toBe('2010-12-14');
  });

  // batch 23's dale-01 (Al-Bayan's archive): «التاريخ:» above the headline, under a banner with the day of viewing
  test('reads a line labelled «التاريخ» as the publication line, Hijri and Gregorian', () => {
    expect(lineToPublishedDay('التاريخ: الجمعة 24 جمادى الآخرة 1424 هـ الموافق 22 أغسطس 2003')).toBe('2003-08-22');
    expect(lineToPublishedDay('التاريخ 04.02.2019')).toBe('2019-02-04');
    expect(lineToPublishedDay('التاريخ يشهد على عمق العلاقات بين البلدين.')).toBeUndefined();
  });

  // batch 24's fell-04 (swissinfo) and fell-01 (a Kuwaiti paper's archive): the site's own wording of the label
  test('reads swissinfo\'s «هذا المحتوى نُشر يوم» and an archive\'s «أرشيف العدد:» as publication lines', () => {
    expect(lineToPublishedDay('هذا المحتوى نُشر يوم 20 فبراير 2009 - 10:35')).toBe('2009-02-20');
    expect(lineToPublishedDay('أرشيف العدد: الأربعاء 26 جمادى الأولى 1425 هـ - 14 يوليو 2004 - السنة 43')).toBe('2004-07-14');
  });

  test('returns null for a publication line without a readable date', () => {
    expect(lineToPublishedDay('تاريخ النشر: قبل ساعة')).toBeNull();
  });

  test('returns undefined for other lines', () => {
    expect(lineToPublishedDay('التقى الوزيران.')).toBeUndefined();
  });
});

// batch 52's ginkgo-03 (El Massa) and ginkgo-05 (Al-Ahram archive): the issue's day in the breadcrumb over the headline
describe('breadcrumbToPublishedDay', () => {
  test.each([
    ['الأرشيف > العدد الصادر يوم الثلاثاء 08 جويلية 2008 > الحدث', '2008-07-08'],
    ['أرشيف الأهرام > عدد الأربعاء 17 مايو 2006 > أخبار الصفحة الأولى', '2006-05-17'],
    // the waiting set's agrimony-06 (Al Rai): «العدد الصادر» with the weekday right after it
    ['النسخة الورقية › العدد الصادر الأحد 28 تشرين الأول 2018 › محليات', '2018-10-28'],
    // a breadcrumb with no issue label, or a date with no arrows, is none
    ['الرئيسية > أخبار > الثلاثاء 08 يوليو 2008', undefined],
    ['عدد الأربعاء 17 مايو 2006', undefined],
    ['الرئيسية > عدد من المسؤولين > 2008', undefined],
  ])('%s → %s', (line, day) => {
    expect(breadcrumbToPublishedDay(line)).toBe(day);
  });
});

describe('textToUrl', () => {
  test('drops trailing punctuation', () => {
    expect(textToUrl('انظر https://example.org/a).')).toBe('https://example.org/a');
  });

  test('refuses a javascript: address', () => {
    expect(textToUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('bareDateLineToDay', () => {
  test.each([
    ['arabic.news.cn | 2022-05-01 21:17:46', '2022-05-01'],
    // batch 87's mullein-01 (Al Rai), batch 83's henbane-07 (Al-Quds Al-Arabi), wren-03 (Al-Ahram): a paper's volume,
    // the year of its run, beside the date
    ['الاثنين 5 صفر 1424 هـ - الموافق 7 نيسان 2003 - السنة الثالثة والثلاثون', '2003-04-07'],
    ['الجمعة 14 من ذو القعدة 1447 هــ 1 مايو 2026 السنة 150 العدد 50921', '2026-05-01'],
    ['2022-07-08 09:16:40 | arabic.news.cn', '2022-07-08'],
    // batch 84's orpine-01 (CRI): the stamp's cells apart by a wide gap, as copied
    ['2003-04-06 21:08:17    المصدر: إذاعة الصين الدولية    المحرر: وانغ لي', '2003-04-06'],
    ['22.12.2019   |   10:40   |   المشاهدات: 1318', '2019-12-22'],
    ['19.08.2025 — 18:22 (GMT+03:00)', '2025-08-19'],
    ['الإثنين 2024/11/18 10:52 م بتوقيت أبوظبي', '2024-11-18'],
    ['الأربعاء 14 ربيع الآخر 1441 هـ. الموافق 11 ديسمبر 2019 العدد 16066', '2019-12-11'],
    // batch 99's jewelweed-02, the waiting set's zedoary-04 and meadowsweet-01 (Asharq Al-Awsat's archive): «رقم العدد [7942]»
    ['الثلاثاء - 29 جمادى الأولى 1421 هـ - 29 أغسطس 2000 مـ - رقم العدد [7942]', '2000-08-29'],
    ['الأربعاء - 21 ذو الحجة 1443 هـ - 20 يوليو 2022 مـ رقم العدد [ 15940]', '2022-07-20'],
    ['الأناضول |29.10.2024 - تحديث : 30.10.2024', '2024-10-29'],
    // batch 32's loch-03 (Anadolu): «محدث», and RT's «(محدثة …)»
    ['28.12.2017 - محدث : 29.12.2017', '2017-12-28'],
    ['25.11.2019 (محدثة 19:06 26.11.2019)', '2019-11-25'],
    // batch 34's tide-10 (Reuters): parts set off by slashes between spaces, and the story's age
    ['14 أكتوبر تشرين الأول 2016 / 09:36 / منذ 9 أعوام', '2016-10-14'],
    // fjord-01: the section's name glued to the date as copied
    ['عرب وعالم28-8-2016 | 15:42', '2016-08-28'],
    ['سياسة 28-8-2016 | 15:42', '2016-08-28'],
    // batch 36: Antara's Indonesian zone «WIB» (fir-05), Oman Daily's section behind an arrow (gorse-04), An-Nahar's «الثلثاء» (elm-03)
    ['الإثنين، 20 أغسطس 2007 16:48 WIB', '2007-08-20'],
    ['السياسة  ›  الثلاثاء 22 نوفمبر 2016', '2016-11-22'],
    ['الثلثاء 6 شباط 2001', '2001-02-06'],
    // Elaph: the zone, the time and the year before the day (development's dale-03, batch 34's sage-08)
    ['GMT 15:20:00 2005 الخميس 26 مايو', '2005-05-26'],
    ['GMT 7:42:00 2010 الخميس 8 أبريل', '2010-04-08'],
    // batch 63's lemongrass-04 (CNN Arabic): the update's time after a comma, and the same folded as the page stage reads it
    ['الاثنين، 11 نيسان/إبريل 2011، آخر تحديث 17:40 (GMT+0400)', '2011-04-11'],
    ['الاثنين، 11 نيسان/إبريل 2011، اخر تحديث 17:40 (GMT+0400)', '2011-04-11'],
    ['الخميس 5 مايو 2023 - اخر تحديث 10:05', '2023-05-05'],
  ])('reads a stamp with its outlet, section, views or time zone: %s', (line, day) => {
    expect(bareDateLineToDay(line)).toBe(day);
  });
  test.each(['التقى الوزيران في طوكيو يوم 5 مايو 2025 | وبحثا التعاون الثنائي في مجالات عدة', '2022-05-01 | الرئيسية عربي ودولي أخبار آسيا اليوم', 'التقى الوزيران في 28-8-2016'])('refuses a line that says more: %s', (line) => {
    expect(bareDateLineToDay(line)).toBeUndefined();
  });
  test.each([
    ['الثلاثاء، 07 يناير 2025 - 10:30 ص', '2025-01-07'],
    ['Tuesday 7 January 2025', '2025-01-07'],
    ['٢٩ مايو ٢٠٢٤', '2024-05-29'],
    ['۲۹ مايو ۲۰۲۴', '2024-05-29'],
    ['السبت 7 كانون الأول 2024', '2024-12-07'],
  ])('reads the day of %s', (line, day) => {
    expect(bareDateLineToDay(line)).toBe(day);
  });

  test.each(['عقد الاجتماع في 29 مايو 2024 في نيودلهي.', 'الاستنتاج', 'يناير'])('returns undefined for %s', (line) => {
    expect(bareDateLineToDay(line)).toBeUndefined();
  });
});

describe('datelineToDay', () => {
  test.each([
    ['جدة 28 ذو الحجة 1444 هـ الموافق 16 يوليو 2023 م واس', '2023-07-16'],
    ['2025-01-11 19:03:27   المصدر: CRI Online   المحرر: ليلى', '2025-01-11'],
    // batch 20's brook-08: a font-size control beside the stamp is no text of a dateline
    ['2012-05-16 20:52:07   المصدر: وكالة أنباء شينخوا   حجم الخط: أ أ أ', '2012-05-16'],
    ['2020-10-21 18:26:07    المصدر: CGTN العربية    حجم الخط    اطبع', '2020-10-21'],
  ])('reads %s', (line, day) => {
    expect(datelineToDay(line)).toBe(day);
  });
  test.each(['وقال الوزير في بيان صدر في 5 مايو 2025 إن المحادثات كانت بناءة ومثمرة جدا للطرفين', 'عقد الاجتماع في 29 مايو 2024 في نيودلهي.'])('refuses a sentence: %s', (line) => {
    expect(datelineToDay(line)).toBeUndefined();
  });
});

describe('lineToUpdatedDay', () => {
  test.each([
    ['آخر تحديث: 09 أغسطس 2024 - 16:05 بتوقيت أبوظبي', '2024-08-09'],
    ['تحديث: 5 أيار/مايو 2025 - 19:30', '2025-05-05'],
    ['تحديث: 18.02.2023', '2023-02-18'],
  ])('reads %s', (line, day) => {
    expect(lineToUpdatedDay(line)).toBe(day);
  });
  // «تحديث» without its colon opens a sentence as a noun
  test.each(['تحديث الإعلان المشترك لعام 2008 ليعكس الأولويات المعاصرة.', 'تم التوقيع في 5 مايو 2025'])('returns undefined for %s', (line) => {
    expect(lineToUpdatedDay(line)).toBeUndefined();
  });
});

describe('isAgeStamp', () => {
  test.each(['منذ 3 ساعات', 'قبل أسبوع', 'منذ سنتين', 'نُشر منذ 5 سنوات', 'نشر في: منذ 4 سنوات', 'تاريخ النشر: قبل يومين'])('gives an age, not a day: %s', (line) => {
    expect(isAgeStamp(line)).toBe(true);
  });
  test.each(['نشر في: 22 سبتمبر 2022', 'منذ زيارته الأخيرة إلى طوكيو', 'نُشر منذ قليل في الموقع'])('is no age stamp: %s', (line) => {
    expect(isAgeStamp(line)).toBe(false);
  });
});

// batch 113's saltwort-08 (a blog): its banner's «اليوم: الأحد 6 ديسمبر 2026», read under a headline taken too high,
// dated the talks four years after their day; 34 pages of the corpora carry such a banner
describe('isTodayLine', () => {
  test.each(['اليوم: الأحد 6 ديسمبر 2026', 'اليوم: السبت 5 كانون الأول 2026 | 25 جمادى الآخرة 1448 هـ', 'تاريخ اليوم: 2026-01-27'])('is the day the page was seen: %s', (line) => {
    expect(isTodayLine(line)).toBe(true);
  });
  test.each(['اليوم الأحد 6 ديسمبر 2026 عقد الوزيران', 'نشر في: 22 سبتمبر 2022', 'اليومية السياسية: 5 ديسمبر'])('is not: %s', (line) => {
    expect(isTodayLine(line)).toBe(false);
  });
});
