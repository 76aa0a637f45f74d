/** Partner countries the generator pairs with Japan: ISO code and the masculine nisba a lede writes («نظيره الهندي»); names and capitals come from the data folder. */
export const PARTNERS: readonly { code: string; nisba: string }[] = [
  { code: 'IN', nisba: 'الهندي' },
  { code: 'VN', nisba: 'الفيتنامي' },
  { code: 'US', nisba: 'الأمريكي' },
  { code: 'KR', nisba: 'الكوري الجنوبي' },
  { code: 'CN', nisba: 'الصيني' },
  { code: 'AU', nisba: 'الأسترالي' },
  { code: 'PH', nisba: 'الفلبيني' },
  { code: 'ID', nisba: 'الإندونيسي' },
  { code: 'TH', nisba: 'التايلاندي' },
  { code: 'MY', nisba: 'الماليزي' },
  { code: 'SG', nisba: 'السنغافوري' },
  { code: 'GB', nisba: 'البريطاني' },
  { code: 'FR', nisba: 'الفرنسي' },
  { code: 'DE', nisba: 'الألماني' },
  { code: 'IT', nisba: 'الإيطالي' },
  { code: 'ES', nisba: 'الإسباني' },
  { code: 'CA', nisba: 'الكندي' },
  { code: 'BR', nisba: 'البرازيلي' },
  { code: 'MX', nisba: 'المكسيكي' },
  { code: 'EG', nisba: 'المصري' },
  { code: 'SA', nisba: 'السعودي' },
  { code: 'AE', nisba: 'الإماراتي' },
  { code: 'QA', nisba: 'القطري' },
  { code: 'JO', nisba: 'الأردني' },
  { code: 'TR', nisba: 'التركي' },
  { code: 'IR', nisba: 'الإيراني' },
  { code: 'PK', nisba: 'الباكستاني' },
  { code: 'BD', nisba: 'البنغلاديشي' },
  { code: 'LK', nisba: 'السريلانكي' },
  { code: 'MN', nisba: 'المنغولي' },
  { code: 'KZ', nisba: 'الكازاخستاني' },
  { code: 'UA', nisba: 'الأوكراني' },
  { code: 'PL', nisba: 'البولندي' },
  { code: 'NL', nisba: 'الهولندي' },
  { code: 'SE', nisba: 'السويدي' },
  { code: 'NZ', nisba: 'النيوزيلندي' },
  { code: 'ZA', nisba: 'الجنوب أفريقي' },
  { code: 'NG', nisba: 'النيجيري' },
  { code: 'KE', nisba: 'الكيني' },
  { code: 'MA', nisba: 'المغربي' },
  { code: 'TN', nisba: 'التونسي' },
  { code: 'DZ', nisba: 'الجزائري' },
  { code: 'AR', nisba: 'الأرجنتيني' },
  { code: 'CL', nisba: 'التشيلي' },
];


/** Headline patterns; {partner} is the partner's Arabic name. */
export const HEADLINES: readonly string[] = [
  'اليابان و{partner} تبحثان سبل تعزيز التعاون الثنائي',
  'طوكيو و{partner}: مباحثات لتعزيز الشراكة',
  'اليابان و{partner} تؤكدان أهمية العلاقات الثنائية',
  'مباحثات يابانية مع {partner} حول القضايا الإقليمية والدولية',
];

/** Site clutter met above an article in the real seeds (breadcrumbs, app prompts). */
export const HEAD_CLUTTER_LINES: readonly string[] = ['تابع أحدث الأخبار عبر تطبيق', 'آسياأخبار العالم'];

/** Site clutter met below an article (widgets, tags, buttons); some of it starts the related-articles block, so it never goes above the text. */
export const TAIL_CLUTTER_LINES: readonly string[] = [
  'اظهر المزيد',
  'مقالات ذات صلة',
  'اترك تعليقاً',
  'تعليق (0)',
  'زر الذهاب إلى الأعلى',
  'إغلاق',
  'كلمات دلالية: اليابان',
];

/** Outlets named on "المصدر:" lines. */
export const OUTLETS: readonly string[] = ['البوابة نيوز', 'وكالة الأنباء', 'صحيفة الشرق', 'موقع أخبار آسيا'];
