import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        // Tests that run the real Astro build or a browser share dist/ and .astro/, so they run one file at a time.
        test: {
          name: 'build',
          include: ['tests/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
