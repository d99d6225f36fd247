import { defineConfig } from 'vitest/config';

// Each test file boots a real Strapi on its own temporary database; two at once is what 2 cores and the DB allow.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Run once, after the site is built, by vitest.ops.config.mts (`pnpm test`'s "operations" phase).
    exclude: ['tests/ops/**', '**/node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/env.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
