import { describe, expect, test } from 'vitest';
import { issuePathToText, sidecarDateToEventDate, textToSidecar } from './sidecar.ts';
import { seedNameToSidecarName } from './seedNameToSidecarName.ts';

const label = 'seeds/x.editorial.yml';

describe('textToSidecar', () => {
  test('returns the values of a valid sidecar', () => {
    const result = textToSidecar(
      'date:\n  value: 2025-12-04\n  precision: day\n  citation: https://example.org/a\nlocation: { value: { city: طوكيو, country: JP }, citation: https://example.org/b }\n',
      label,
    );
    expect(result).toEqual({
      ok: true,
      sidecar: {
        date: { value: '2025-12-04', precision: 'day', citation: 'https://example.org/a' },
        location: { value: { city: 'طوكيو', country: 'JP' }, citation: 'https://example.org/b' },
      },
    });
  });

  test('returns an empty sidecar for a comment-only file', () => {
    expect(textToSidecar('# nothing yet\n', label)).toEqual({ ok: true, sidecar: {} });
  });

  test('names the file and field of a missing citation', () => {
    const result = textToSidecar('date:\n  value: 2025-12-04\n', label);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^seeds\/x\.editorial\.yml: date\.citation — /);
  });

  test('rejects a javascript: citation', () => {
    const result = textToSidecar('title: { value: x, citation: "javascript:alert(1)" }', label);
    expect(!result.ok && result.errors[0]).toMatch(/title\.citation/);
  });

  test('names an unknown field', () => {
    const result = textToSidecar('weather: { value: sunny, citation: https://example.org }', label);
    expect(!result.ok && result.errors.join()).toMatch(/weather/);
  });

  test('names the index of a bad official id', () => {
    const result = textToSidecar('officials: { value: [takeshi-iwaya, "Cho Tae-yul"], citation: https://example.org }', label);
    expect(!result.ok && result.errors[0]).toMatch(/officials\.value\[1\]/);
  });

  test('reports YAML syntax errors with the file name', () => {
    const result = textToSidecar('date: [unclosed', label);
    expect(!result.ok && result.errors[0]).toMatch(/^seeds\/x\.editorial\.yml: not valid YAML/);
  });

  test('rejects a day precision for a month value', () => {
    const result = textToSidecar('date: { value: 2025-12, precision: day, citation: https://example.org }', label);
    expect(!result.ok && result.errors[0]).toMatch(/date\.precision/);
  });

  test('rejects an impossible day', () => {
    const result = textToSidecar('date: { value: 2025-02-30, citation: https://example.org }', label);
    expect(!result.ok && result.errors[0]).toMatch(/date\.value/);
  });
});

describe('sidecarDateToEventDate', () => {
  test('returns the first day and month precision for YYYY-MM', () => {
    expect(sidecarDateToEventDate({ value: '2025-12', citation: 'https://example.org' })).toEqual({ date: '2025-12-01', precision: 'month' });
  });
});

describe('seedNameToSidecarName', () => {
  test('replaces .txt with .editorial.yml', () => {
    expect(seedNameToSidecarName('001_ab.txt')).toBe('001_ab.editorial.yml');
  });
});

describe('issuePathToText', () => {
  test('joins keys with dots and indexes with brackets', () => {
    expect(issuePathToText(['officials', 'value', 1])).toBe('officials.value[1]');
  });
});
