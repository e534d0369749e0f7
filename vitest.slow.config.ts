import { defineConfig } from 'vitest/config';

// Tests slow by nature, run by `npm run test:slow` after `npm test` (and in CI): the packed
// package installed into a temporary prefix, real git, and many real processes at once; kept
// apart so they do not starve the timed terminal tests of CPU.
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    include: ['test/slow/**/*.test.ts', 'test/git/**/*.test.ts'],
    passWithNoTests: true,
  },
});
