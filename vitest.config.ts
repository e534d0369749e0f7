import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run twice, on both sides of the date line, so a date that shifts with the time
// zone fails one of the runs. End-to-end tests run the commands in-process and set TZ per command
// (test/helpers.ts), which Node honours in a process of its own but not in a worker thread: every
// project uses 'forks', one fresh process per test file.
// At least two workers, even on two cores: the tests at a terminal spend ten seconds waiting for
// typed answers, and the other files run meanwhile.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'unit (Los Angeles)', include: ['test/unit/**/*.test.ts'], env: { TZ: 'America/Los_Angeles' } } },
      { extends: true, test: { name: 'unit (Shanghai)', include: ['test/unit/**/*.test.ts'], env: { TZ: 'Asia/Shanghai' } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
