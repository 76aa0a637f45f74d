import { describe, expect, test } from 'vitest';
import { eventsToYearHrefs } from './eventsToYearHrefs.ts';

const at = (...dates: string[]) => dates.map((date) => ({ data: { date } }));

describe('eventsToYearHrefs', () => {
  test('links each year to the page where its newest event is, at the year heading', () => {
    const events = at('2025-03-01', '2025-01-01', '2024-12-01', '2024-02-01', '2019-05-05');
    expect(eventsToYearHrefs(events, '/countries/in/', 2)).toEqual(
      new Map([
        [2025, '/countries/in/#y-2025'],
        [2024, '/countries/in/2/#y-2024'],
        [2019, '/countries/in/3/#y-2019'],
      ]),
    );
  });
});
