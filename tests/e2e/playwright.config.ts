import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the renderer in Debian's Chromium, through web mode: the same
 * renderer and the real engine, served on 127.0.0.1 (see src-main/web). Screenshots
 * are kept in test-results/e2e/screenshots as the run's artifacts: the main screens
 * of a run in each language (languages.e2e.ts), and in screens/ every screen in each
 * language, at both window sizes, light and dark, each checked by axe-core
 * (screens.e2e.ts). electron.e2e.ts drives the desktop app where an Electron binary
 * is present.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/e2e',
  globalSetup: './global-setup.ts',
  // Two cores: one browser at a time keeps timings honest for the engine's deadlines.
  workers: 1,
  timeout: 90_000,
  // A test.only left in must not make CI pass on one test; a flaky test must fail, not retry.
  forbidOnly: process.env['CI'] !== undefined,
  retries: 0,
  expect: { timeout: 20_000 },
  reporter:
    process.env['CI'] === undefined
      ? 'list'
      : [['list'], ['html', { open: 'never', outputFolder: '../../test-results/e2e-report' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    viewport: { width: 1200, height: 860 },
    // The app starts in the browser's language: English, whatever the machine's locale.
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
