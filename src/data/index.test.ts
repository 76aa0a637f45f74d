import { describe, expect, test } from 'vitest';
import { CITIES, CLUTTER, FORMAT_RULES, FORMAT_SLUGS, FORMATS, OFFICIALS, tableToData } from './index.ts';
import { clutterTable } from '../schemas/tables/clutter.ts';
import { formatsTable } from '../schemas/tables/formats.ts';
import { officialsTable } from '../schemas/tables/officials.ts';
import { commonWordsTable } from '../schemas/tables/wordLists.ts';
import { eventCuesTable } from '../schemas/tables/eventCues.ts';
import eventCues from './eventCues.json' with { type: 'json' };

describe('the data folder', () => {
  test('every table loads through its schema', () => {
    expect(FORMAT_SLUGS).toContain('2+2-vice-ministerial');
    expect(FORMATS.every((format) => format.phrase.length > 0)).toBe(true);
    expect(OFFICIALS.find((official) => official.id === 'takeshi-iwaya')?.country).toBe('JP');
    expect(CITIES.some((city) => city.name === 'طوكيو' && city.capital)).toBe(true);
    expect(CLUTTER.lines.length).toBeGreaterThan(10);
    expect(FORMAT_RULES.rules.length).toBeGreaterThan(5);
  });

  test('a broken table is an error naming the file and every field that is wrong', () => {
    const broken = [{ id: 'Takeshi Iwaya', name: 'تاكيشي', nameEn: 'x', aliases: [], country: 'Japan', role: '' }];
    expect(() => tableToData('officials.json', officialsTable, broken)).toThrow(/src\/data\/officials\.json[\s\S]*0\.id: expected a Latin slug[\s\S]*0\.country: expected an ISO/);
  });

  test('duplicate ids and slugs are refused', () => {
    const twice = { id: 'a-b', name: 'س', nameEn: 'A B', aliases: [], country: 'JP', role: '' };
    expect(() => tableToData('officials.json', officialsTable, [twice, twice])).toThrow(/duplicate official id "a-b"/);
    const format = { slug: 'other', label: 'أخرى', labelEn: 'Other', phrase: 'لقاء' };
    expect(() => tableToData('formats.json', formatsTable, [format, format])).toThrow(/unique/);
    expect(() => tableToData('commonWords.json', commonWordsTable, { $comment: '', words: ['خطة', 'خطة'] })).toThrow(/unique/);
  });

  test('a title\'s clause opener missing from the body\'s is refused', () => {
    const table = { ...eventCues, titleClauseOpeners: [...eventCues.titleClauseOpeners, 'كلمة'] };
    expect(() => tableToData('eventCues.json', eventCuesTable, table)).toThrow(/titleClauseOpeners: every titleClauseOpeners word must be among otherClauseOpeners/);
  });

  test('a clutter pattern that is not a regular expression is refused', () => {
    const table = { $comment: '', lines: [{ pattern: '(unclosed', why: 'x' }], breadcrumbWords: [], readAlso: [], readAlsoGlued: [] };
    expect(() => tableToData('clutter.json', clutterTable, table)).toThrow(/lines\.0\.pattern: not a valid regular expression/);
  });
});
