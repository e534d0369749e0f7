import { defineConfig } from 'vitest/config';

// Unit tests run twice, on both sides of the date line, so a date that shifts with the time
// zone fails one of the runs. End-to-end tests set TZ per command themselves.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit (Los Angeles)', include: ['test/unit/**/*.test.ts'], env: { TZ: 'America/Los_Angeles' } } },
      { extends: true, test: { name: 'unit (Shanghai)', include: ['test/unit/**/*.test.ts'], env: { TZ: 'Asia/Shanghai' } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
