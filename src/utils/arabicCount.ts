/** How a noun is written after a number, per Arabic plural category (CLDR: zero, one, two, few 3–10, many 11–99, other 100…). */
export interface ArabicNounForms {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/** The site's counted nouns, so that pages say «3 أحداث» and «11 حدثًا» rather than one form for every number. */
export const NOUNS = {
  event: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثًا', other: 'حدث' },
  meeting: { zero: 'لا لقاءات', one: 'لقاء واحد', two: 'لقاءان', few: 'لقاءات', many: 'لقاءً', other: 'لقاء' },
  result: { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' },
} satisfies Record<string, ArabicNounForms>;

const plurals = new Intl.PluralRules('ar');

/** Writes a count with its noun in the right Arabic form: 1 → «حدث واحد», 2 → «حدثان», 5 → «5 أحداث», 12 → «12 حدثًا». */
export function countToArabic(count: number, forms: ArabicNounForms): string {
  const category = plurals.select(count) as keyof ArabicNounForms;
  if (category === 'zero' || category === 'one' || category === 'two') return forms[category];
  return `${count} ${forms[category]}`;
}
