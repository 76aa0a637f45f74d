import { describe, expect, test } from 'vitest';
import { wordShapeSlot, wordShapeTable } from './wordShape.ts';

const slotOf = (word: string) => wordShapeSlot(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);

describe('wordShapeTable', () => {
  const words = ['في', 'من', 'على', 'التي', 'share'];
  const table = wordShapeTable(words);
  test('holds the slot of every word of the list', () => {
    for (const word of words) expect(table[slotOf(word)]).toBe(1);
  });
  test('holds no slot of a word of another length or other ends', () => {
    expect(table[slotOf('فيتنام')]).toBe(0);
    expect(table[slotOf('اليابان')]).toBe(0);
  });
  test('slots stay within the table', () => {
    expect(slotOf('\uffff\uffff')).toBeLessThan(0x10000);
    expect(slotOf('a')).toBeGreaterThanOrEqual(0);
  });
});
