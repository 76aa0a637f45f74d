import { describe, expect, test } from 'vitest';
import { eventPagesToParts, partToGlob } from './eventPagesToParts.ts';

describe('eventPagesToParts', () => {
  test('groups event folders by the span of years their name starts with, pages sorted, years listed once', () => {
    const parts = eventPagesToParts(['2024-05-29-in-joint-working-group', '2015-03-01-in-summit', '2024-01-07-us-call', 'not-an-event', '2019-12-31-cn-summit'], 10);
    expect(Object.fromEntries(parts)).toEqual({
      '2010-2019': { years: [2015, 2019], pages: ['events/2015-03-01-in-summit/index.html', 'events/2019-12-31-cn-summit/index.html'] },
      '2020-2029': { years: [2024], pages: ['events/2024-01-07-us-call/index.html', 'events/2024-05-29-in-joint-working-group/index.html'] },
    });
  });
});

describe('partToGlob', () => {
  test.each([
    [[2024], 'events/2024-*/index.html'],
    [[2015, 2019], 'events/{2015,2019}-*/index.html'],
  ])('%j → %s', (years, glob) => expect(partToGlob(years)).toBe(glob));
});
