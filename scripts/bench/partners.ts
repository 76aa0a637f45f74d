/** Partner countries the generator pairs with Japan: ISO code, Arabic capital and masculine nisba (used when the gazetteers are not there). */
export const PARTNERS: readonly { code: string; capital: string; nisba: string }[] = [
  { code: 'IN', capital: 'نيودلهي', nisba: 'الهندي' },
  { code: 'VN', capital: 'هانوي', nisba: 'الفيتنامي' },
  { code: 'US', capital: 'واشنطن', nisba: 'الأمريكي' },
  { code: 'KR', capital: 'سيول', nisba: 'الكوري الجنوبي' },
  { code: 'CN', capital: 'بكين', nisba: 'الصيني' },
  { code: 'AU', capital: 'كانبرا', nisba: 'الأسترالي' },
  { code: 'PH', capital: 'مانيلا', nisba: 'الفلبيني' },
  { code: 'ID', capital: 'جاكرتا', nisba: 'الإندونيسي' },
  { code: 'TH', capital: 'بانكوك', nisba: 'التايلاندي' },
  { code: 'MY', capital: 'كوالالمبور', nisba: 'الماليزي' },
  { code: 'SG', capital: 'سنغافورة', nisba: 'السنغافوري' },
  { code: 'GB', capital: 'لندن', nisba: 'البريطاني' },
  { code: 'FR', capital: 'باريس', nisba: 'الفرنسي' },
  { code: 'DE', capital: 'برلين', nisba: 'الألماني' },
  { code: 'IT', capital: 'روما', nisba: 'الإيطالي' },
  { code: 'ES', capital: 'مدريد', nisba: 'الإسباني' },
  { code: 'CA', capital: 'أوتاوا', nisba: 'الكندي' },
  { code: 'BR', capital: 'برازيليا', nisba: 'البرازيلي' },
  { code: 'MX', capital: 'مكسيكو سيتي', nisba: 'المكسيكي' },
  { code: 'EG', capital: 'القاهرة', nisba: 'المصري' },
  { code: 'SA', capital: 'الرياض', nisba: 'السعودي' },
  { code: 'AE', capital: 'أبوظبي', nisba: 'الإماراتي' },
  { code: 'QA', capital: 'الدوحة', nisba: 'القطري' },
  { code: 'JO', capital: 'عمّان', nisba: 'الأردني' },
  { code: 'TR', capital: 'أنقرة', nisba: 'التركي' },
  { code: 'IR', capital: 'طهران', nisba: 'الإيراني' },
  { code: 'PK', capital: 'إسلام آباد', nisba: 'الباكستاني' },
  { code: 'BD', capital: 'دكا', nisba: 'البنغلاديشي' },
  { code: 'LK', capital: 'كولومبو', nisba: 'السريلانكي' },
  { code: 'MN', capital: 'أولان باتور', nisba: 'المنغولي' },
  { code: 'KZ', capital: 'أستانا', nisba: 'الكازاخستاني' },
  { code: 'UA', capital: 'كييف', nisba: 'الأوكراني' },
  { code: 'PL', capital: 'وارسو', nisba: 'البولندي' },
  { code: 'NL', capital: 'أمستردام', nisba: 'الهولندي' },
  { code: 'SE', capital: 'ستوكهولم', nisba: 'السويدي' },
  { code: 'NZ', capital: 'ويلينغتون', nisba: 'النيوزيلندي' },
  { code: 'ZA', capital: 'بريتوريا', nisba: 'الجنوب أفريقي' },
  { code: 'NG', capital: 'أبوجا', nisba: 'النيجيري' },
  { code: 'KE', capital: 'نيروبي', nisba: 'الكيني' },
  { code: 'MA', capital: 'الرباط', nisba: 'المغربي' },
  { code: 'TN', capital: 'تونس العاصمة', nisba: 'التونسي' },
  { code: 'DZ', capital: 'الجزائر العاصمة', nisba: 'الجزائري' },
  { code: 'AR', capital: 'بوينس آيرس', nisba: 'الأرجنتيني' },
  { code: 'CL', capital: 'سانتياغو', nisba: 'التشيلي' },
];

/** Arabic phrases that signal each dialogue format in a lede (SPEC §3.3 slugs). */
export const FORMAT_PHRASES: Readonly<Record<string, string>> = {
  summit: 'قمة ثنائية',
  '2+2-ministerial': 'الحوار 2+2 الوزاري بين وزيري الخارجية والدفاع',
  '2+2-vice-ministerial': 'حوار 2+2 على مستوى نواب وزيري الخارجية والدفاع',
  'foreign-ministers-meeting': 'اجتماع وزيري الخارجية',
  'official-visit': 'زيارة رسمية',
  'vice-ministerial-dialogue': 'حوار على مستوى نواب الوزراء',
  'strategic-dialogue': 'الحوار الاستراتيجي',
  'joint-working-group': 'اجتماع مجموعة العمل المشتركة',
  'economic-dialogue': 'الحوار الاقتصادي',
  'phone-call': 'اتصالاً هاتفياً',
  other: 'لقاءً ثنائياً',
};

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
