import { defineConfig } from 'vitest/config';

// Three kinds of tests: unit (src/lib and the schema, fast), build (real Astro builds of small
// fixture content folders) and e2e (real Chromium against the built sample site).
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Warsaw' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
