import type { SearchProblem } from './searchState.ts';

const FACET_NAMES: Record<string, string> = { country: 'الدولة', format: 'صيغة الحوار', official: 'المسؤول' };

/** What the search page tells a reader about a part of its URL it could not use, and what it did instead. */
export function searchProblemToArabic(problem: SearchProblem, lastPage?: number): string {
  const given = `${problem.key}=${problem.value}`;
  switch (problem.kind) {
    case 'unknown-key':
      return `لا يعرف البحث المعامل «${problem.key}» في الرابط، فأُهمل.`;
    case 'unknown-value':
      return `لا توجد في الموقع قيمة «${problem.value}» لمرشّح ${FACET_NAMES[problem.key] ?? problem.key} (${given})، فلم يُطبَّق.`;
    case 'bad-date':
      return `التاريخ «${problem.value}» في الرابط (${problem.key}) غير صالح: المطلوب سنة مثل 2015 أو شهر مثل 2015-03، فأُهمل.`;
    case 'bad-sort':
      return `الترتيب «${problem.value}» غير معروف (المعروف: relevance وnewest وoldest)، فعُرض الترتيب المعتاد.`;
    case 'bad-page':
      return `رقم الصفحة «${problem.value}» غير صالح، فعُرضت الصفحة الأولى.`;
    case 'swapped-dates':
      return `بداية الفترة في الرابط بعد نهايتها (${problem.value})، فقُلبتا.`;
    case 'page-beyond':
      return `لا صفحة ${problem.value} في هذه النتائج${lastPage ? ` (عدد صفحاتها ${lastPage})` : ''}، فعُرضت الصفحة الأخيرة.`;
  }
}
