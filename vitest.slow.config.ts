import { defineConfig } from 'vitest/config';

// Tests slow by nature (many real processes at once), run by `npm run test:slow` and by CI
// after `npm test`; kept apart so they do not starve the timed terminal tests of CPU.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    pool: 'forks',
    include: ['test/slow/**/*.test.ts'],
  },
});
