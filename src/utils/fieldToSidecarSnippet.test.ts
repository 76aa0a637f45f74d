import { describe, expect, test } from 'vitest';
import { textToSidecar } from '../../scripts/ingest/sidecar.ts';
import { CONFIDENCE_FIELDS } from '../schemas/confidence.ts';
import { fieldToSidecarSnippet, type ReadFields } from './fieldToSidecarSnippet.ts';
import { yamlToData } from './yaml.ts';

const read: ReadFields = {
  title: 'اليابان والهند تعقدان حواراً استراتيجياً',
  summary: 'عقدت اليابان والهند حواراً استراتيجياً.',
  date: '2025-03-10',
  datePrecision: 'day',
  dateSource: 'text',
  parties: ['IN', 'JP'],
  mentions: ['CN', 'PK'],
  format: 'strategic-dialogue',
  formats: ['strategic-dialogue', 'economic-dialogue'],
  location: { city: '', country: 'IN' },
  officials: [{ id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: [], country: 'JP', role: 'وزير الخارجية' }],
};

/** The snippet with its citation filled in, as an editor would save it, through the ingest's own sidecar reader. */
function asSaved(snippet: string) {
  return textToSidecar(snippet.replace('citation: ""', 'citation: "https://example.org/cited"'), 'x.editorial.yml');
}

describe('fieldToSidecarSnippet', () => {
  test('writes the field as the ingest read it, with an empty citation to fill', () => {
    expect(fieldToSidecarSnippet('format', read)).toBe('format:\n  value: "strategic-dialogue"\n  citation: ""\n');
    expect(yamlToData(fieldToSidecarSnippet('location', read))).toEqual({ location: { value: { city: '', country: 'IN' }, citation: '' } });
    expect(yamlToData(fieldToSidecarSnippet('officials', read))).toEqual({ officials: { value: ['takeshi-iwaya'], citation: '' } });
    expect(yamlToData(fieldToSidecarSnippet('summary', read))).toEqual({ summary: { value: read.summary, citation: '' } });
  });

  test('writes the date to its precision, and leaves Japan out of the parties as the sidecar expects', () => {
    expect(yamlToData(fieldToSidecarSnippet('date', read))).toEqual({ date: { value: '2025-03-10', precision: 'day', citation: '' } });
    expect(yamlToData(fieldToSidecarSnippet('date', { ...read, date: '2025-03-01', datePrecision: 'month' }))).toEqual({ date: { value: '2025-03', precision: 'month', citation: '' } });
    expect(yamlToData(fieldToSidecarSnippet('parties', read))).toEqual({ parties: { value: ['IN'], citation: '' } });
  });

  test('is refused by the ingest until the editor cites a page', () => {
    const result = textToSidecar(fieldToSidecarSnippet('format', read), 'x.editorial.yml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/citation/);
  });

  test('is a valid sidecar entry once cited, for every field the ingest read', () => {
    for (const field of CONFIDENCE_FIELDS) {
      const snippet = fieldToSidecarSnippet(field, { ...read, location: { city: 'نيودلهي', country: 'IN' } });
      const result = asSaved(snippet);
      expect(result.ok ? [] : result.errors, field).toEqual([]);
    }
  });

  test('leaves what was not read empty, so the ingest refuses the entry until the editor writes it', () => {
    const unread: ReadFields = { ...read, date: undefined, datePrecision: undefined, parties: ['JP'], location: { city: '', country: '' }, summary: undefined };
    expect(yamlToData(fieldToSidecarSnippet('date', unread))).toEqual({ date: { value: '', precision: 'day', citation: '' } });
    for (const field of ['date', 'parties', 'location', 'summary'] as const) {
      const result = asSaved(fieldToSidecarSnippet(field, unread));
      expect(result.ok, field).toBe(false);
    }
  });

  test('quotes a value that YAML would otherwise read as something else', () => {
    const snippet = fieldToSidecarSnippet('title', { ...read, title: 'yes: --- #1' });
    expect(yamlToData(snippet)).toEqual({ title: { value: 'yes: --- #1', citation: '' } });
  });
});
