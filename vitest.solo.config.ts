import { defineConfig } from 'vitest/config';

// Tests that start several Herald processes and measure against a rate-limited fake: run one at a
// time, after the rest, so that other test files do not starve them of CPU (a starved process sends
// late, and Discord's per-second window then sees a burst).
export default defineConfig({
  test: {
    include: ['tests/**/*.solo.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
