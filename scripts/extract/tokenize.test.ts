import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  test('splits on spaces and punctuation and normalises words', () => {
    expect(tokenize('الهند - اليابان، وإيويا.').map((token) => token.norm)).toEqual(['الهند', 'اليابان', 'وايويا']);
  });
  test('keeps 2+2 together, with or without spaces', () => {
    expect(tokenize('الحوار (2+2) و٢ + ٢').map((token) => token.norm)).toEqual(['الحوار', '2+2', 'و2+2']);
  });
  test('records positions in the folded text', () => {
    const [, second] = tokenize('في طوكيو');
    expect(second).toMatchObject({ norm: 'طوكيو', start: 3, end: 8 });
  });
});
