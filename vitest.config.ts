import { defineConfig } from 'vitest/config';

// Every test file's temp folders are removed when it ends.
const setupFiles = ['test/helpers/remove-temp-dirs.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles } },
      // Reads dist/: `npm test` builds the site first.
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], setupFiles } },
      // Builds fixture collections with Astro: slow, so generous timeouts.
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          setupFiles,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      // Drives Chromium against dist/ served on 127.0.0.1.
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // Runs the editor's scripts (npm run new, check:content) as child processes on temp folders.
      { test: { name: 'scripts', include: ['test/scripts/**/*.test.ts'], setupFiles, testTimeout: 60_000 } },
    ],
  },
});
