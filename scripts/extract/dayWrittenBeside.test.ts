import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { dayWrittenBeside } from './dayWrittenBeside.ts';
import { findDateMentions } from './parseArabicDate.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { resolveDateMention } from './resolveDateMention.ts';

/** The day written beside the sentence's first relative day, read as extraction reads it: no publication day, a date in a relative clause told aside. */
const besideFirstRelative = (text: string) => {
  const norm = normalizeForMatching(text);
  const mentions = findDateMentions(norm);
  const resolved = mentions.map((mention) => ({ ...resolveDateMention(mention), aside: relativeClauseStart(norm, mention.at) !== undefined }));
  return dayWrittenBeside(mentions, resolved, mentions.findIndex((mention) => mention.kind === 'relative'));
};

describe('dayWrittenBeside', () => {
  test.each([
    // Levantine month with its alternative in brackets, after «اليوم» and the weekday
    ['استقبل رئيس الحكومة، اليوم الثلاثاء 2 كانون الأول (ديسمبر) 2025، وفداً يابانياً', '2025-12-02'],
    // the weekday in brackets, the month pair with a slash
    ['التقى الوزير اليوم السبت (18 مارس/ آذار 2023) نظيره الياباني', '2023-03-18'],
    // the date first, then «اليوم» and the weekday
    ['جدة 16 يوليو 2023، اليوم الأحد، استقبل ولي العهد رئيس الوزراء', '2023-07-16'],
  ])('%s → %s', (text, day) => {
    expect(besideFirstRelative(text)).toBe(day);
  });

  test.each([
    // the weekday written with «اليوم» is not the date's (2 December 2025 was a Tuesday): the text contradicts itself
    ['استقبل رئيس الحكومة اليوم الاثنين 2 كانون الأول 2025 وفداً يابانياً'],
    // a date with no year places no day
    ['استقبل رئيس الحكومة اليوم الثلاثاء 2 كانون الأول وفداً يابانياً'],
    // a full date far from «اليوم» is another time's
    ['استقبل رئيس الحكومة اليوم وفداً من وزارة الخارجية اليابانية جاء لمتابعة ما اتفق عليه في 2 كانون الأول 2025'],
    // a date in a relative clause beside it dates what the clause tells
    ['بحث الوزيران اليوم الاتفاق الذي وقع في 2 كانون الأول 2025'],
    // no relative day at all
    ['استقبل رئيس الحكومة في 2 كانون الأول 2025 وفداً يابانياً'],
  ])('%s → none', (text) => {
    expect(besideFirstRelative(text)).toBeUndefined();
  });
});
