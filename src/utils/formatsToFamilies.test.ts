import { describe, expect, test } from 'vitest';
import { formatsToFamilies } from './formatsToFamilies.ts';

describe('formatsToFamilies', () => {
  test('names the 2+2 family by 2+2 and 2plus2, and leaves ordinary words out', () => {
    expect(formatsToFamilies(['summit', '2+2-ministerial', '2+2-vice-ministerial', 'phone-call'])).toEqual({ '2+2': '2+2', '2plus2': '2+2' });
  });
});
