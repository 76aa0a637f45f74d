/** Gregorian month names in the three regional Arabic sets the seeds use (index 0 = January). */
export const MONTH_NAME_SETS: readonly (readonly string[])[] = [
  // Egypt and most of the Gulf.
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // The Levant and Iraq.
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  // Tunisia and Algeria.
  ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
];

/** Arabic weekday names, index 0 = Sunday as in Date#getUTCDay. */
export const WEEKDAY_NAMES: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
