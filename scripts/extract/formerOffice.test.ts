import { describe, expect, test } from 'vitest';
import { asFormerRole, isFormerRole, isLate } from './formerOffice.ts';
import { articleToSentences } from './sentences.ts';

describe('formerOffice', () => {
  test.each<[string, string]>([
    ['رئيس الوزراء', 'رئيس الوزراء السابق'],
    ['وزيرة الدفاع', 'وزيرة الدفاع السابقة'],
    // already marked: left as it is
    ['وزير الخارجية الأسبق', 'وزير الخارجية الأسبق'],
  ])('asFormerRole: %s → %s', (role, former) => {
    expect(asFormerRole(role)).toBe(former);
  });
  test.each<[string, boolean]>([
    ['رئيس الوزراء السابق', true],
    ['رئيسة الوزراء الراحلة', true],
    ['رئيس الوزراء', false],
    ['وزير الخارجية', false],
  ])('isFormerRole: %s → %s', (role, former) => {
    expect(isFormerRole(role)).toBe(former);
  });
  test('the late office-holder («الراحل») is told apart from a former one', () => {
    const [late] = articleToSentences({ title: 'وفد يحيي ذكرى رئيس الوزراء الياباني الراحل شينزو آبي', paragraphs: [] });
    const [former] = articleToSentences({ title: 'الرئيس يستقبل رئيس الوزراء الياباني السابق يوشيهيدي سوغا', paragraphs: [] });
    expect(isLate(late!, 0, late!.tokens.length)).toBe(true);
    expect(isLate(former!, 0, former!.tokens.length)).toBe(false);
  });
});
