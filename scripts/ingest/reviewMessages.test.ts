import { describe, expect, test } from 'vitest';
import { missingDateToMessage, partialDateToPhrase } from './reviewMessages.ts';

describe('partialDateToPhrase', () => {
  test('quotes the ordinal day phrase of the article', () => {
    expect(partialDateToPhrase({ month: 12, day: 4 }, ['في الرابع من ديسمبر، عُقد في طوكيو الحوار.'])).toBe('الرابع من ديسمبر');
  });

  test('stops at the previous clause', () => {
    expect(partialDateToPhrase({ month: 1, day: 13 }, ['وصل الوزير، يوم 13 يناير إلى سيول.'])).toBe('13 يناير');
  });

  test('falls back to the day and month when the text has no month name', () => {
    expect(partialDateToPhrase({ month: 3, day: 2 }, ['لا شيء هنا.'])).toBe('2 مارس');
  });

  test('returns undefined without a month', () => {
    expect(partialDateToPhrase(undefined, [])).toBeUndefined();
  });
});

describe('missingDateToMessage', () => {
  test('names the seed, the phrase and the sidecar to add', () => {
    expect(missingDateToMessage('seeds/x.txt', 'x.editorial.yml', 'الرابع من ديسمبر')).toBe(
      'seeds/x.txt: needs review — the article gives no year for «الرابع من ديسمبر»; add x.editorial.yml with date.value and date.citation',
    );
  });
});
