import { describe, expect, test } from 'vitest';
import { createLimiter } from './limiter.ts';

describe('createLimiter', () => {
  test('never runs more than the limit at once, and runs every task', async () => {
    const queue = createLimiter(3);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        queue(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 1));
          running--;
          return i;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test('passes on a task’s failure without blocking the queue', async () => {
    const queue = createLimiter(1);
    await expect(queue(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
