import { describe, expect, test } from 'vitest';
import { sampleEvent } from '../../tests/helpers/sampleEvent.ts';
import { validateEvent } from './validate.ts';

const event = sampleEvent();

describe('validateEvent', () => {
  test('accepts an event that fits the site schema', () => {
    expect(validateEvent(event, ['seeds/a.txt'])).toEqual({ ok: true, event });
  });

  test('names the seed, the field and the problem', () => {
    const result = validateEvent({ ...event, date: '2025-02-30', format: 'tea-party' }, ['seeds/a.txt']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^seeds\/a\.txt: invalid event — date: not a real calendar day$/),
      expect.stringMatching(/^seeds\/a\.txt: invalid event — format: /),
    ]);
  });
});
