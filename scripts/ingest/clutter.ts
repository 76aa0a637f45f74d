/**
 * Site clutter met in copied Arabic news pages. Patterns are written against `lineToMatchKey` output
 * (no diacritics, ا for every alef, ي for ى, ه for ة, lower case), and match a whole trimmed line.
 */

/** Lines that are page furniture: comment widgets, navigation, share bars, tag lines, app prompts. */
export const CLUTTER_LINE_PATTERNS: readonly RegExp[] = [
  // comment widgets: "تعليق (0)", "التعليقات 3", "اترك تعليقاً", the e-mail notice, the required-field notice
  /^(\d+\s*)?(تعليق|تعليقات|التعليقات|comments?)\s*[(\[]?\s*[\d٠-٩]*\s*[)\]]?$/,
  /^(اترك|اضف|اكتب|شاركنا) (تعليقا|تعليق|ردا|رد|رايك)/,
  /^لن يتم نشر (عنوان )?بريدك الالكتروني/,
  /الحقول (الالزاميه|المطلوبه) (مشار اليها|معلمه)/,
  /^(الاسم|البريد الالكتروني|الموقع الالكتروني|التعليق)\s*\*?$/,
  /^(ارسال|نشر) التعليق$/,
  // navigation and widgets
  /^(زر )?(الذهاب|العوده|الرجوع|انتقل) (الي|ل)\s?(الاعلي|اعلي الصفحه)$/,
  /^(اغلاق|close|×|x)$/,
  /^(اظهر|اظهار|عرض|تحميل|شاهد) (المزيد|الكل|التفاصيل)$/,
  /^(الصفحه الرئيسيه|الرئيسيه|home)\s*[»›>\/|<«‹-]/,
  /^(التالي|السابق|الخبر التالي|الخبر السابق|المقال التالي|المقال السابق)$/,
  /^(اعلان|الاعلانات|اعلانات|advertisement|sponsored)$/,
  /^(جميع الحقوق محفوظه|حقوق النشر|©|copyright)/,
  /^(اشترك|سجل) (في|الان|الدخول|بالنشره)/,
  /^[\d٠-٩,.]+\s*(مشاهده|مشاهدات|قراءه|قراءات|views?)$/,
  /^(منذ|قبل) [\d٠-٩]+ (ثانيه|ثواني|دقيقه|دقائق|ساعه|ساعات|يوم|ايام)$/,
  // page metadata that is not article text: update stamps, reading time, bylines, photo credits, font-size widgets
  /^(اخر تحديث|تاريخ التحديث|تم التحديث|last updated|updated)\s*[:：]?/,
  /^[\d٠-٩]+\s*(دقيقه|دقائق|min)\s*(للقراءه|قراءه|read)$/,
  /^(بقلم|كتب|كتبت|اعداد|تحرير|تقرير|by)\s*[:：]\s*\S.{0,40}$/,
  /^\(?(صوره ارشيفيه|صوره من الارشيف|(الصوره|صوره|تصوير)\s*[:：].{0,40})\)?$/,
  /^(حجم الخط|تكبير الخط|تصغير الخط|a\s*a\s*a|[-+]?\s*a\s*[-+]?)$/,
  // app and social prompts: "تابع أحدث الأخبار عبر تطبيق", "تابعونا على"
  /^تابع(وا)? (احدث|اخر|اهم|ابرز) (الاخبار|الانباء)/,
  /^تابعونا (علي|عبر)/,
  /^(حمل|نزل) تطبيق/,
  // share bars
  /^(شارك|شاركها|مشاركه|شارك الخبر|شارك المقال|انشر)( (علي|عبر|الخبر|المقال))?\s*[:：]?$/,
  /^((فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|تليجرام|لينكدان|لينكد ان|انستغرام|انستجرام|ماسنجر|بينتريست|ريديت|طباعه|نسخ الرابط|البريد الالكتروني|ارسال|facebook|twitter|whatsapp|telegram|linkedin|messenger|pinterest|reddit|email|e-mail|print|copy link|share|x)\s*[|·•،,]?\s*)+$/,
  // tag lines: "كلمات دلالية: الشرق الأوسط"
  /^(كلمات دلاليه|الكلمات الدلاليه|كلمات مفتاحيه|الكلمات المفتاحيه|الوسوم|وسوم|الاوسمه|اوسمه|العلامات|المواضيع|tags?|keywords?)\s*[:：]/,
  // decoration-only lines (bullets, dots, rules); a "---" line is kept so it can be shown literally
  /^[\s•·*=_~─━▪◦●■□|.…]*$/,
];

/** Words site breadcrumbs are built from; a line made only of them (even glued, "آسياأخبار العالم") is a breadcrumb. */
export const BREADCRUMB_WORDS: readonly string[] = [
  'الرئيسيه', 'اخبار', 'الاخبار', 'خبر', 'العالم', 'عالمي', 'عالميه', 'دولي', 'دوليه', 'دوليات', 'عربي', 'عربيه', 'عرب',
  'محلي', 'محليات', 'سياسه', 'السياسه', 'اقتصاد', 'الاقتصاد', 'رياضه', 'منوعات', 'تقارير', 'تحقيقات', 'مقالات', 'عاجل',
  'اسيا', 'افريقيا', 'اوروبا', 'امريكا', 'الامريكتين', 'الشرق الاوسط', 'الخليج', 'ثقافه', 'تكنولوجيا', 'علوم', 'صحه',
  'حوادث', 'مجتمع', 'راي', 'الراي', 'ملفات', 'متابعات', 'home', 'news', 'world', 'asia', 'politics',
];

/** Lines that open a "read also" block; everything from such a line to the end is another article. */
export const READ_ALSO_PATTERNS: readonly RegExp[] = [
  /^اقرا\s*(ايضا|كذلك|المزيد|ايضا في)(\s|:|：|$)/,
  /^(طالع|شاهد|تابع) (ايضا|كذلك)(\s|:|：|$)/,
  /^(مواضيع|موضوعات|مقالات|اخبار|قصص|تقارير|روابط) (ذات صله|ذات علاقه|متعلقه|مشابهه|مقترحه|قد تهمك)/,
  /^(ذات صله|قد يهمك|قد يعجبك|اخترنا لك|الاكثر قراءه|الاكثر مشاهده|المزيد من الاخبار)\s*[:：]?/,
  /^(read (also|more)|related( articles| news| stories)?|see also)\s*[:：]?/,
];
