import { defineConfig } from 'vitest/config';

/** Tests that drive a real browser or a pseudo-terminal: slow to start, kept out of the fast unit loop. */
const UI_TESTS = ['test/reports/html.test.ts', 'test/cli/progress.test.ts'];
/** npm pack, then npm install of the tarball into an empty folder: a build and a registry install, minutes. */
const PACKAGE_TESTS = ['test/package/**/*.test.ts'];

export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**', ...UI_TESTS, ...PACKAGE_TESTS],
          // One module graph per worker: each test file would otherwise import the 20-odd SDK
          // client packages again (about 2 s a file, 320 s of 340). Unit tests hold no module
          // state between files: every SDK mock is reset in beforeEach.
          isolate: false,
          setupFiles: ['test/harness/unit-setup.ts'],
        },
      },
      {
        test: {
          name: 'ui',
          include: UI_TESTS,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'package',
          include: PACKAGE_TESTS,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          globalSetup: ['test/harness/moto-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
