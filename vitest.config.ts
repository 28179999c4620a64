/**
 * Three test layers, as in darkreader:
 * - unit: the pure core (and CLI) in Node;
 * - browser: DOM code (extraction, anchoring, highlighting, popup components) in Debian's Chromium;
 * - e2e: the built extension driven in Chromium (playwright-core) and Firefox (puppeteer-core, BiDi).
 * Browser paths come from CHROMIUM_PATH / FIREFOX_PATH, defaulting to Debian's.
 */
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  test: {
    projects: [
      {
        // Generous timeouts: CI machines have 2 cores, and a loaded core makes a CLI spawn take seconds.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        plugins: [preact()],
        optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@mozilla/readability', 'axe-core', 'valibot', 'approx-string-match', 'fast-check', 'idb'] },
        test: {
          name: 'browser',
          testTimeout: 30_000,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
