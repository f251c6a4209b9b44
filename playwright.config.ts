import { defineConfig, devices } from '@playwright/test';
import { toolPath } from './scripts/tools.ts';

/**
 * Playwright runs against the built site served by the production server:
 * nginx with deploy/nginx/mailflow.conf (scripts/serve.ts), so what is tested
 * is what is deployed. Browser: the one named in CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download; nginx: NGINX_PATH, else
 * Debian's (scripts/tools.ts; `npm run test:e2e` installs them if missing).
 */
const executablePath = toolPath('chromium');
// Fails at once, with the one line to run, when nginx or its brotli module is missing.
toolPath('nginx');
toolPath('nginx-brotli');
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
    command: `node scripts/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
