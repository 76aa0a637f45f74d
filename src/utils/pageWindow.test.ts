import { describe, expect, test } from 'vitest';
import { pageWindow } from './pageWindow.ts';

describe('pageWindow', () => {
  test('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  test('shows the ends and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(10, 87)).toEqual([1, 'gap', 9, 10, 11, 'gap', 87]);
    expect(pageWindow(1, 87)).toEqual([1, 2, 'gap', 87]);
    expect(pageWindow(87, 87)).toEqual([1, 'gap', 86, 87]);
  });

  test('fills a gap of one page with that page', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
  });
});
