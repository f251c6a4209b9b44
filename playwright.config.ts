import { defineConfig, devices } from '@playwright/test';
import { toolPath } from './scripts/tools.ts';

/**
 * Playwright runs against the built site (`astro preview`). Browser: the one
 * named in CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
 * own download (scripts/tools.ts; `npm run test:e2e` installs one if none).
 */
const executablePath = toolPath('chromium');
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a preview server a developer (or the benchmark) already has open.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
