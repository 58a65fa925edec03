import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // every test file ends with no fast-reader failure counted (test/setup/fast-reader-failures.ts)
    setupFiles: ['test/setup/fast-reader-failures.ts'],
  },
});
