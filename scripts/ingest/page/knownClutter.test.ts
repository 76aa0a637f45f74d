import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { isKnownClutter, isKnownReadAlso, isStampCompanion } from './knownClutter.ts';
import { lineToFeatures } from './lineFeatures.ts';
import { lineToKind } from './lineToKind.ts';

const kindOf = (line: string) => lineToKind(lineToFeatures(line));

describe('page furniture, by the clutter table or by its shape', () => {
  test.each([
    'تعليق (0)',
    // batch 78's nasturtium-01 (An-Nahar, read as its headline), hawthorn-07, feverfew-01: a market ticker's rate
    'سعر صرف الدولار في السوق الموازية: 89,550 ل.ل.',
    'سعر صرف الدولار في بورصة الكفاح: 1482 ديناراً',
    // batch 112's waterwort-05 (Echorouk, read as its headline) and development's pages of Al Watan, MAP and WAM: prayer times
    'مواقيت الصلاة - الجزائر العاصمة: الفجر 06:12 | الظهر 12:31 | العصر 14:58 | المغرب 17:20 | العشاء 18:45',
    'مواقيت الصلاة: الرباط  الفجر 06:29  الظهر 13:38  العصر 16:32  المغرب 18:55  العشاء 20:09',
    // batch 111's liverwort-03 (APS, read as its headline): a rate first, the weather after a bar
    'سعر الصرف: 1 أورو = 148,20 دج | الطقس: الجزائر العاصمة 17° أمطار متفرقة',
    // batch 99's jewelweed-08 (Al Arabiya) and batch 96's hawkweed-01 (MAP), read as their headlines: quotes with their changes
    'مؤشر تاسي 11,742.18 ▲ 0.35% | برنت 71.44 دولار | الذهب 2,410 دولار للأونصة',
    'مازي 20: 13.482,55 (+0,31%) | الأورو: 10,84 درهم | الدولار: 9,97 درهم',
    // batch 80's bugloss-01 (Al Riyadh's archive, read as its headline): a weather widget, and the archive's notice
    'طقس الرياض: 19° صحو | جدة: 28° غائم جزئياً | الدمام: 21°',
    'عمان: 11° صافٍ | إربد: 9° | العقبة: 22°',
    'هذه المادة من أرشيف الطبعة الورقية، وقد تظهر بعض الصور والروابط بشكل غير مكتمل.',
    // batch 81's burdock-06 (a print view, read as its headline) and the waiting set's furze-03: when it was printed
    'تاريخ الطباعة: السبت 5 ديسمبر 2026 - 11:08 ص',
    'تاريخ الطباعة: 04/12/2026',
    'نسخة للطباعة',
    // batch 117's walnut-04 (Tunisie Numérique, whose masthead was read as its headline): parts of furniture between bars
    'مدة القراءة: 3 دقائق | حجم الخط: أ+ أ-',
    'اترك تعليقاً',
    'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    // batch 48's nettle-02 and dev brook-05, dell-04, delta-08: a comment widget with no comment yet
    'لا توجد تعليقات. كن أول من يعلق على الخبر',
    'لا توجد تعليقات بعد. كن أول من يعلّق.',
    'لا توجد تعليقات حتى الآن، كن أول من يعلق',
    'زر الذهاب إلى الأعلى',
    'إغلاق',
    'اظهر المزيد',
    'آسياأخبار العالم',
    'الرئيسية » أخبار » العالم',
    'تابع أحدث الأخبار عبر تطبيق',
    'كلمات دلالية: الشرق الأوسط',
    // batch 44's verbena-01 and waiting yarrow-05 (NHK World Arabic): the notice that items are shortened from the radio bulletin
    'تنبيه: قد تكون بعض الأخبار نسخة مختصرة من نشرة الأخبار الإذاعية.',
    'تنبيه: بعض الأخبار قد تكون مختصرة من نشرة الأخبار الإذاعية.',
    // … and batch 103's dogwood-03 (a broadcaster's Arabic service): its texts a summary of what the bulletins air
    'ملاحظة: النصوص المنشورة ملخص لما يذاع في نشرات الأخبار العربية، ولا تتضمن دائماً جميع التفاصيل.',
    // batch 57's myrtle-01 (Al-Ahram's archive): the site's note about the item itself
    'ملاحظة: هذه المادة منقولة من الأرشيف الورقي، وقد لا تظهر بيانات العدد وتاريخه في النسخة الرقمية.',
    // batch 44's wisteria-08 (Anadolu): the disclaimer over the comments
    'الأناضول ليست مسؤولة عن التعليقات المنشورة.',
    // batch 82's agrimony-08: the agency's notice in another wording («لمشتركي نظام بث الأخبار»)
    'وكالة الأناضول تنشر جزءا من الأخبار المقدمة لمشتركي نظام بث الأخبار (HAS) على موقعها، بشكل ملخص. يرجى التواصل معنا',
    'الموقع غير مسؤول عن التعليقات',
    'شارك',
    'فيسبوك تويتر واتساب',
    'Facebook | Twitter | WhatsApp',
    'آخر تحديث: 12:30 م',
    '3 دقائق للقراءة',
    '3 دقائق',
    'قراءة 3 دقائق',
    'دقيقتان للقراءة',
    'رمز الخبر: ٨٤٤٤٦١٧٢',
    'بقلم: محمد أحمد',
    // batch 128's manuka-04 (a Somali news site): «by» and the section the story is filed under
    'بواسطة: فريق التحرير',
    'في: أخبار الصومال، سياسة',
    'القسم: الجنوب الإفريقي',
    // batch 35's dyke-03 and dyke-10, batch 37's lotus-07 (Anadolu): the notice of the summary subscribers get, in other words
    'الموقع الإلكتروني لوكالة الأناضول يتضمن جزءًا من الأخبار المقدمة للمشتركين في نظام بث الأخبار (HAS) الخاص بالوكالة، بشكل ملخص.',
    'الأخبار المنشورة على نظام البث الخاص بوكالة الأناضول لمشتركيها، تُنشر بشكل مختصر على موقع الوكالة الإلكتروني.',
    // batch 34's tide-10 (Reuters Arabic): the credits, who wrote and who edited
    '(إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)',
    // hale-04 (batch 31): an archive site's notice
    'هذه الصفحة جزء من أرشيف موقع بي بي سي العربي ولم تعد تُحدَّث',
    'صورة أرشيفية',
    '(الصورة: رويترز)',
    'حجم الخط',
    '• • •',
    // batch 22's weir-01 (RT): a photo credit, the agency, a slash, the photographer
    'Sputnik / ميخائيل كليمينتيف',
    // batch 20's ridge-10 (Mehr): a stamp of the page's age in words
    'منذ سنتين',
    'قبل أسبوع',
    'منذ 3 ساعات',
    // batch 25's gill-04 (Anadolu) and batch 26's moss-02 (Youm7): a breaking-news ticker of other stories
    'أخبار عاجلة: البنك المركزي التركي يبقي سعر الفائدة دون تغيير | أردوغان يستقبل رئيس وزراء جورجيا في أنقرة',
    'عاجل.. الأرصاد: طقس دافئ نهارا مائل للبرودة ليلا والعظمى بالقاهرة 27 درجة',
    // pairs94's pair-272 (NHK) and the waiting set's five «العاجل» lines: the label with the article
    'العاجل: هيئة الأرصاد الجوية تحذر من تساقط كثيف للثلوج على ساحل بحر اليابان حتى مساء الأربعاء',
    // moss-02 (Youm7): a section's breadcrumb named after a country
    'أخبار مصر / سياسة',
    // batch 74's horseradish-02 (KUNA's ticker) and alder-08: «شريط الأخبار:» and another story's headline
    'شريط الأخبار: سمو ولي العهد يستقبل رئيس مجلس الأمة',
    // batch 216's icaco-01: a font-size control in Arabic letters (read as a desk's initials, it ended the story's run)
    'ع+ ع-',
    'أ+ | أ-',
    // batch 72's cardamom-05 (Anadolu): the story's sections above its headline, «عالم» without the article
    'عالم, آسيا والمحيط الهادئ',
  ])('%s is furniture', (line) => {
    expect(['clutter', 'credit', 'tail']).toContain(kindOf(line));
  });

  test.each([
    'التقى وزير الخارجية الياباني نظيره الهندي في طوكيو.',
    'الاستنتاج',
    'آسيا تشهد تحولات كبيرة في التعاون الأمني',
    'كتب الوزير في تغريدة أن اللقاء كان مثمراً وأن البلدين اتفقا على مواصلة الحوار.',
    'صورة العلاقات بين البلدين تغيرت كثيراً خلال السنوات الأخيرة.',
    'وقرأ الوزير بياناً مشتركاً.',
    'وأكد الوزير أن هذه المادة من الاتفاق تضمن حقوق الطرفين.',
    'منذ سنتين والبلدان يتفاوضان على الاتفاق',
    'وطالب الوزير بتحرك عاجل لوقف الحرب.',
    'عاجلاً أم آجلاً سيعود الطرفان إلى طاولة الحوار.',
    'أخبار سارة للمستثمرين في البلدين بعد توقيع الاتفاق.',
    // a banner with the year is a date line, not the weather widget it carries
    'الدوحة 19° | الاثنين 30 نوفمبر 2026',
    // a figure and its change in a sentence of the story is no ticker
    'وارتفع حجم التبادل التجاري بين البلدين 12.5 +3% خلال العام الماضي.',
  ])('%s is no furniture', (line) => {
    expect(['clutter', 'credit', 'tail']).not.toContain(kindOf(line));
    expect(isKnownClutter(normalizeForMatching(line))).toBe(false);
  });

  // «طالع: …» alone before a linked headline: batch 36's fir-04 (Al-Wasat) and a development article
  test.each(['إقرأ أيضاً:', 'اقرأ أيضا: عنوان مقال آخر', 'اقرأ المزيد', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'ذو صلة:', 'إقرأ أيضا..', 'Read also:', 'طالع: اللافي يبحث في طوكيو عودة الشركات'])('%s opens a "read also" block', (line) => {
    expect(isKnownReadAlso(normalizeForMatching(line))).toBe(true);
  });

  // batch 97's cinquefoil-01 (DW: «ملفات ذات صلة»), the waiting set's pimento-03 and cornflower-01: other nouns of «related»
  // … and batch 98's fescue-06 (MAP), the waiting set's juncus-01: the link to the next or previous item, another article under it
  // … and batch 111's stitchwort-06 (a blog reposting NHK): a blog's related posts
  // … and pairs24's pair-118 and development's BBC pages: «المزيد حول هذه القصة», more on this story
  // … and batch 102's bellwort-02 (a forum's repost): a post's «رد مع اقتباس», the members' replies under it
  test.each(['ملفات ذات صلة', 'تدوينات ذات صلة', 'المنشورات ذات الصلة', 'المزيد حول هذه القصة', 'قصص ذات صلة', 'روابط ذات صلة', 'مواد ذات صلة:', 'المواضيع ذات الصلة', 'تقارير ذات صلة', 'الخبر التالي', 'المقال التالي:', 'الموضوع السابق', 'رد مع اقتباس', 'رد مع اقتباس | شكر | إبلاغ عن مشاركة'])('%s ends the story', (line) => {
    expect(kindOf(line)).toBe('tail');
  });

  test.each(['طالع الوزير التقرير', 'تابع: الجلسة'])('%s opens no "read also" block', (line) => {
    expect(isKnownReadAlso(normalizeForMatching(line))).toBe(false);
  });
  test('the lines that stand beside a stamp: its number, its reading time and the font-size controls, nothing else', () => {
    expect(['رمز الخبر: ٨٤٤٤٦١٧٢', 'رقم الخبر: 1234', 'دقيقتان للقراءة'].map((line) => isStampCompanion(normalizeForMatching(line)))).toEqual([true, true, true]);
    // batch 65's ume-05 (Tasnim) and kumquat-03: the font-size controls between the stamp and the headline
    expect(['[تكبير الخط] [تصغير الخط]', 'حجم الخط: A+ | A-', '(تكبير النص)'].map((line) => isStampCompanion(normalizeForMatching(line)))).toEqual([true, true, true]);
    expect(['الرئيسية | أخبار', 'سياسة'].map((line) => isStampCompanion(normalizeForMatching(line)))).toEqual([false, false]);
  });
});
