import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { compactPathContext } from './compactPathContext.ts';

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const polygons = (...rings: number[][][]) => ({ type: 'MultiPolygon' as const, coordinates: rings.map((ring) => [ring]) });

describe('compactPathContext', () => {
  test('writes rings with relative, whole coordinates: the same outline as d3 absolute path', () => {
    const context = compactPathContext();
    geoPath(geoIdentity(), context)(polygons(square(10.2, 20.4, 5), square(40, 41, 3)));
    expect(context.result()).toBe('M10 20l5 0 0 5-5 0zm30 21l3 0 0 3-3 0z');
  });

  test('drops repeated points and rings that round to fewer than three points', () => {
    const context = compactPathContext();
    geoPath(geoIdentity(), context)(polygons([[0, 0], [0.2, 0.1], [4, 0], [4, 4], [0, 0]], square(50, 50, 0.3)));
    expect(context.result()).toBe('M0 0l4 0 0 4z');
  });

  test('starts over after each result', () => {
    const context = compactPathContext();
    const draw = geoPath(geoIdentity(), context);
    draw(polygons(square(1, 1, 2)));
    context.result();
    draw(polygons(square(3, 3, 2)));
    expect(context.result()).toBe('M3 3l2 0 0 2-2 0z');
  });
});
