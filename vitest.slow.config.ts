import { defineConfig } from 'vitest/config';

// The tests with real git: a bare remote and several clones in temporary folders, the built
// merge driver run by git itself. Slow by nature, so apart from `npm test`: `npm run test:slow`.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    include: ['test/git/**/*.test.ts'],
  },
});
