import { describe, expect, test } from 'vitest';
import { introductionToHubKey } from './introductionToHubKey.ts';

describe('introductionToHubKey', () => {
  test('maps a lower-case ISO code to the country', () => {
    expect(introductionToHubKey('countries', 'in')).toBe('IN');
    expect(introductionToHubKey('countries', 'kr')).toBe('KR');
  });

  test('maps a format URL slug back to the format slug', () => {
    expect(introductionToHubKey('formats', '2plus2-ministerial')).toBe('2+2-ministerial');
    expect(introductionToHubKey('formats', 'official-visit')).toBe('official-visit');
  });

  test('throws on a file name that is no hub, naming the file', () => {
    expect(() => introductionToHubKey('countries', 'IN')).toThrow('content/countries/IN.mdx');
    expect(() => introductionToHubKey('countries', 'india')).toThrow('content/countries/india.mdx');
    expect(() => introductionToHubKey('countries', 'jp')).toThrow(/not a partner country/);
    expect(() => introductionToHubKey('formats', '2+2-ministerial')).toThrow('content/formats/2+2-ministerial.mdx');
  });
});
