import { describe, expect, test } from 'vitest';
import { worldShapes } from './worldShapes.ts';

describe('worldShapes', () => {
  const world = worldShapes();

  test('projects the countries of Natural Earth by ISO code, Antarctica left out', () => {
    expect(world.countries.get('JP')?.d).toMatch(/^M\d+ \d+l/);
    expect(world.countries.get('IN')?.small).toBe(false);
    expect(world.countries.has('AQ')).toBe(false);
    expect(world.countries.size).toBeGreaterThan(200);
  });

  test('places states too small for 1:110m as dots inside the drawing', () => {
    const singapore = world.countries.get('SG')!;
    expect(singapore.d).toBeUndefined();
    expect(singapore.small).toBe(true);
    const [x, y] = singapore.centre;
    // South-east Asia: right of the middle, a little below the equator's line.
    expect(x).toBeGreaterThan(world.width * 0.7);
    expect(x).toBeLessThan(world.width);
    expect(y).toBeGreaterThan(world.height * 0.4);
    expect(y).toBeLessThan(world.height * 0.7);
  });

  test('the land outline leaves out the countries drawn on their own', () => {
    const all = world.landOf(new Set());
    const withoutBig = world.landOf(new Set(['RU', 'CN', 'US', 'CA', 'BR', 'AU']));
    expect(withoutBig.length).toBeLessThan(all.length * 0.8);
    expect(all.length).toBeLessThan(25_000);
  });
});
