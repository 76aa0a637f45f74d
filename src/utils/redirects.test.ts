import { describe, expect, test } from 'vitest';
import { eventRedirectsToRoutes } from './redirects.ts';

describe('eventRedirectsToRoutes', () => {
  test('returns a permalink redirect per renamed event', () => {
    expect(eventRedirectsToRoutes({ '2024-11-27-in-other': '2024-11-27-in-official-visit' })).toEqual({ '/events/2024-11-27-in-other/': '/events/2024-11-27-in-official-visit/' });
  });
  test('returns nothing for an empty table', () => {
    expect(eventRedirectsToRoutes({})).toEqual({});
  });
  test('throws, naming the file, on something that is not an id', () => {
    expect(() => eventRedirectsToRoutes({ '../x': 'y' })).toThrow(/redirects\.json/);
  });
});
