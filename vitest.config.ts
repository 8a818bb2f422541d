import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the bundle, as `npm run herald` does.
    globalSetup: ['tests/support/build.ts'],
    // Tests that run several bot processes against rate limits run alone afterwards (vitest.solo.config.ts).
    exclude: ['tests/**/*.solo.test.ts', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores: keep worker count small so network tests are not starved.
    maxWorkers: 2,
  },
});
