import { defineConfig } from 'vitest/config';

/**
 * The dist-based quality gates: they read the built site in `dist/` (run
 * `npm run build` first). `npm run test:dist` runs them; `npm run test:gates` runs them and then Lighthouse (tests/gates/lighthouse.ts).
 */
export default defineConfig({
  root: new URL('../../', import.meta.url).pathname,
  test: {
    include: ['tests/gates/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
