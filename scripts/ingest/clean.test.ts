import { describe, expect, test } from 'vitest';
import { cleanArticle } from './clean.ts';

const ARTICLE = 'التقى وزير الخارجية الياباني نظيره في طوكيو.';

describe('cleanArticle on lines of page furniture', () => {
  test.each([
    'تعليق (0)',
    'اترك تعليقاً',
    'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    'زر الذهاب إلى الأعلى',
    'إغلاق',
    'اظهر المزيد',
    'آسياأخبار العالم',
    'الرئيسية » أخبار » العالم',
    'تابع أحدث الأخبار عبر تطبيق',
    'كلمات دلالية: الشرق الأوسط',
    'شارك',
    'فيسبوك تويتر واتساب',
    'Facebook | Twitter | WhatsApp',
    'آخر تحديث: 12:30 م',
    '3 دقائق للقراءة',
    '3 دقائق',
    'قراءة 3 دقائق',
    'دقيقتان للقراءة',
    'بقلم: محمد أحمد',
    'صورة أرشيفية',
    '(الصورة: رويترز)',
    'حجم الخط',
    '• • •',
  ])('removes %s', (line) => {
    expect(cleanArticle(`${ARTICLE}\n${line}\n${ARTICLE}`)).toEqual([ARTICLE, ARTICLE]);
  });

  test.each([
    'التقى وزير الخارجية الياباني نظيره الهندي في طوكيو.',
    'الاستنتاج',
    '---',
    'title: x',
    'آسيا تشهد تحولات كبيرة في التعاون الأمني',
    'كتب الوزير في تغريدة أن اللقاء كان مثمراً وأن البلدين اتفقا على مواصلة الحوار.',
    'صورة العلاقات بين البلدين تغيرت كثيراً خلال السنوات الأخيرة.',
  ])('keeps article text %s', (line) => {
    expect(cleanArticle(`${ARTICLE}\n${line}\n${ARTICLE}`)).toEqual([ARTICLE, line, ARTICLE]);
  });
});

describe('cleanArticle on "read also" lines', () => {
  test.each(['إقرأ أيضاً:', 'اقرأ أيضا: عنوان مقال آخر', 'اقرأ المزيد', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'Read also:'])(
    'cuts the page at %s',
    (line) => {
      expect(cleanArticle(`${ARTICLE}\n${line}\nاستقبل وزير آخر سفيراً في عاصمة أخرى.`)).toEqual([ARTICLE]);
    },
  );

  test('keeps a sentence that merely mentions reading', () => {
    expect(cleanArticle(`${ARTICLE}\nوقرأ الوزير بياناً مشتركاً.`)).toEqual([ARTICLE, 'وقرأ الوزير بياناً مشتركاً.']);
  });
});

describe('cleanArticle', () => {
  test('cuts everything from a read-also marker to the end', () => {
    const text = 'عنوان\nفقرة أولى.\nإقرأ أيضاً:\nخبر عن ليبيا\nفقرة عن طرابلس.';
    expect(cleanArticle(text)).toEqual(['عنوان', 'فقرة أولى.']);
  });

  test('ignores a read-also marker that comes before any article text', () => {
    expect(cleanArticle('اقرأ أيضا\nعنوان\nفقرة.')).toEqual(['عنوان', 'فقرة.']);
  });

  test('drops clutter lines and collapses blank lines', () => {
    expect(cleanArticle('آسياأخبار العالم\n\nعنوان\n\n\n\nفقرة.\n\nتعليق (0)\n')).toEqual(['عنوان', '', 'فقرة.']);
  });

  test('returns nothing for a clutter-only page', () => {
    expect(cleanArticle('اترك تعليقاً\nإغلاق\nزر الذهاب إلى الأعلى')).toEqual([]);
  });

  test('keeps the indentation of list continuation lines', () => {
    expect(cleanArticle('  1. بند:\n    شرح البند.')).toEqual(['  1. بند:', '    شرح البند.']);
  });
});
