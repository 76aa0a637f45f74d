import { describe, expect, test } from 'vitest';
import { CONFIDENCE } from '../data/index.ts';
import { scoreToLevel } from './scoreToLevel.ts';

describe('scoreToLevel', () => {
  const thresholds = { review: 0.6, sure: 0.9 };

  test('puts a score below the review threshold to review', () => {
    expect(scoreToLevel(0, thresholds)).toBe('review');
    expect(scoreToLevel(0.59, thresholds)).toBe('review');
  });

  test('calls a score from the review threshold up to the sure one likely', () => {
    expect(scoreToLevel(0.6, thresholds)).toBe('likely');
    expect(scoreToLevel(0.8, thresholds)).toBe('likely');
  });

  test('calls a score at or above the sure threshold sure', () => {
    expect(scoreToLevel(0.9, thresholds)).toBe('sure');
    expect(scoreToLevel(1, thresholds)).toBe('sure');
  });

  test("agrees with the table's reasons: no place is to review, the dateline's city likely, an editor's value sure", () => {
    const level = (reason: string) => scoreToLevel(CONFIDENCE.reasons[reason]!.score, CONFIDENCE.thresholds);
    expect(level('locationNone')).toBe('review');
    expect(level('locationDateline')).toBe('likely');
    expect(level('editorial')).toBe('sure');
  });
});
