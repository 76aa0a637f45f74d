import { describe, expect, test } from 'vitest';
import { linesToSections } from './sections.ts';

const lines = (text: string) => text.split('\n');

describe('linesToSections', () => {
  test('takes the first line as the title and the lede as the summary', () => {
    const sections = linesToSections(lines('اليابان والهند تعقدان حواراً\n\nعقد البلدان حواراً في طوكيو يوم الاثنين الماضي لبحث التعاون الاقتصادي والأمني بين الجانبين. وتناول اللقاء قضايا عدة.'));
    expect(sections?.title).toBe('اليابان والهند تعقدان حواراً');
    expect(sections?.summary).toBe('عقد البلدان حواراً في طوكيو يوم الاثنين الماضي لبحث التعاون الاقتصادي والأمني بين الجانبين. وتناول اللقاء قضايا عدة.');
    expect(sections?.blocks).toHaveLength(1);
  });

  test('drops a repeated headline', () => {
    const sections = linesToSections(lines('عنوان الخبر\nعنوان الخبر\nنص الخبر الطويل بما يكفي ليكون فقرة حقيقية من فقرات المقال المنشور.'));
    expect(sections?.blocks).toEqual([{ kind: 'paragraph', text: 'نص الخبر الطويل بما يكفي ليكون فقرة حقيقية من فقرات المقال المنشور.' }]);
  });

  test('uses the first sentence as title when the article starts with a whole paragraph, and keeps the paragraph', () => {
    const sections = linesToSections(lines('في الرابع من ديسمبر، عُقد في طوكيو الحوار الأول (2+2). ترأس الوفد الفيتنامي نائب الوزير.'));
    expect(sections?.title).toBe('في الرابع من ديسمبر، عُقد في طوكيو الحوار الأول (2+2)');
    expect(sections?.summary).toBe('ترأس الوفد الفيتنامي نائب الوزير.');
    expect(sections?.blocks).toHaveLength(1);
  });

  test('moves source and publication lines into source', () => {
    const sections = linesToSections(lines('عنوان\nتاريخ النشر: 7th, January 2025 GMT\nفقرة.\nالمصدر: البوابة نيوز'));
    expect(sections?.source).toEqual({ publishedAt: '2025-01-07', outlet: 'البوابة نيوز' });
    expect(sections?.blocks).toEqual([{ kind: 'paragraph', text: 'فقرة.' }]);
  });

  test('keeps numbered lists and turns bullets into one list, folding indented continuation lines', () => {
    const sections = linesToSections(lines('عنوان\nمقدمة.\n  1. البند الأول:\n    شرحه.\n  2. البند الثاني.\n• نقطة أ\n• نقطة ب'));
    expect(sections?.blocks).toEqual([
      { kind: 'paragraph', text: 'مقدمة.' },
      { kind: 'list', ordered: true, items: ['البند الأول: شرحه.', 'البند الثاني.'] },
      { kind: 'list', ordered: false, items: ['نقطة أ', 'نقطة ب'] },
    ]);
  });

  test('marks a short line between paragraphs as a subheading', () => {
    const sections = linesToSections(lines('عنوان\nفقرة أولى.\nالاستنتاج\nفقرة ختامية أطول بكثير من العنوان الفرعي الذي يسبقها.'));
    expect(sections?.blocks[1]).toEqual({ kind: 'heading', text: 'الاستنتاج' });
  });

  test('takes the first Arabic line as the title, leaving --- and "title: x" in the body', () => {
    const sections = linesToSections(lines('---\ntitle: x\nعنوان عربي\nفقرة.'));
    expect(sections?.title).toBe('عنوان عربي');
    expect(sections?.blocks).toEqual([
      { kind: 'paragraph', text: '---' },
      { kind: 'paragraph', text: 'title: x' },
      { kind: 'paragraph', text: 'فقرة.' },
    ]);
  });

  test('does not make a markup-looking short line a subheading', () => {
    const sections = linesToSections(lines('عنوان\nفقرة أولى.\n{globalThis.x = 1}\nفقرة ختامية أطول بكثير من السطر الذي يسبقها في النص.'));
    expect(sections?.blocks[1]).toEqual({ kind: 'paragraph', text: '{globalThis.x = 1}' });
  });

  test('keeps "* text" as text, not a list', () => {
    expect(linesToSections(lines('عنوان\n* ليس قائمة'))?.blocks).toEqual([{ kind: 'paragraph', text: '* ليس قائمة' }]);
  });

  test('returns undefined when nothing is left', () => {
    expect(linesToSections([])).toBeUndefined();
  });
});
