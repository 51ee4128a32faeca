import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (2 cores), generous timeouts for Chromium start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
