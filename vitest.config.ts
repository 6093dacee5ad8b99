import { defineConfig } from 'vitest/config';

// Three kinds of tests: unit (src/lib and the schema, fast), build (real Astro builds of small
// fixture content folders) and e2e (real Chromium against the built sample site).
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Warsaw' },
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core
    // machines this runs on, so unit and build files waited for the long Chromium files.
    // Two workers let them run beside the e2e files, which still run one at a time (below).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few unit files start real processes (the mail scripts against a loopback SMTP
          // server, actionlint); beside a build on two cores, 5 s is too short for them.
          testTimeout: 30_000,
        },
      },
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
          // expect.poll waits on what a person would see; the page may announce a change after
          // a deliberate delay (the contacts filter: 400 ms), which a busy machine stretches.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
