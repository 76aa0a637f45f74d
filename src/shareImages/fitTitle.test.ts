import { describe, expect, test } from 'vitest';
import { fitTitle } from './fitTitle.ts';

// Every character is half the font size wide.
const measure = (text: string, size: number) => (text.length * size) / 2;
const box = { width: 400, height: 300 };

describe('fitTitle', () => {
  test('a short title keeps the largest size', () => {
    expect(fitTitle('قمة ثنائية في طوكيو', { width: 640, height: 300 }, [64, 48, 32], 1.5, measure)).toMatchObject({ size: 64, lines: ['قمة ثنائية في طوكيو'], lineHeight: 96, truncated: false });
  });

  test('a long title steps down until its lines fit the height', () => {
    const title = 'وزير الخارجية الياباني يزور كوريا الجنوبية لتعزيز التعاون الأمني وسط التهديدات الإقليمية';
    const layout = fitTitle(title, box, [64, 48, 32], 1.5, measure);
    expect(layout.size).toBe(32);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(title);
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(box.height);
  });

  test('a title too long for the smallest size is cut with an ellipsis', () => {
    const layout = fitTitle('كلمة '.repeat(200), box, [64, 32], 1.5, measure);
    expect(layout).toMatchObject({ size: 32, truncated: true });
    expect(layout.lines).toHaveLength(6);
    expect(layout.lines.at(-1)).toMatch(/…$/);
  });
});
