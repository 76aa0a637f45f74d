import { describe, expect, test } from 'vitest';
import { sampleEvent } from '../../tests/helpers/sampleEvent.ts';
import { CSV_COLUMNS, eventsToCsv } from './eventsToCsv.ts';

describe('eventsToCsv', () => {
  const data = {
    ...sampleEvent(),
    title: 'عنوان فيه "اقتباس"، وفاصلة, إنجليزية',
    summary: 'سطر أول\nسطر ثانٍ',
    parties: ['IN', 'JP'],
    officials: [
      { id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: [], country: 'JP', role: 'وزير الخارجية' },
      { id: 'vikram-misri', name: 'فيكرام ميسري', aliases: [], country: 'IN', role: '' },
    ],
    source: [{ outlet: 'البوابة نيوز', url: 'https://news.example/1', publishedAt: '2024-11-28' }, { url: 'https://news.example/2' }],
    seed: ['001_a.txt', '002_b.txt'],
  };
  const csv = eventsToCsv([{ id: 'e1', permalink: 'https://timeline.example.org/events/e1/', data }]);
  const [header, ...rest] = csv.replace(/^\uFEFF/, '').split('\r\n');

  test('starts with a byte-order mark and the column names, rows ended by CRLF', () => {
    expect(csv.startsWith('\uFEFFid,permalink,date,')).toBe(true);
    expect(header!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const row = rest.join('\r\n');
    expect(row).toContain('"عنوان فيه ""اقتباس""، وفاصلة, إنجليزية"');
    expect(row).toContain('"سطر أول\nسطر ثانٍ"');
  });

  test('flattens lists with "; ", keeping the sources aligned across their columns', () => {
    const row = rest.join('\r\n');
    expect(row).toContain(',IN; JP,');
    expect(row).toContain(',takeshi-iwaya; vikram-misri,تاكيشي إيوايا; فيكرام ميسري,');
    expect(row).toContain(',البوابة نيوز; ,https://news.example/1; https://news.example/2,2024-11-28; ,001_a.txt; 002_b.txt');
  });
});
