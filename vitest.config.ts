import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['ledger/**/*.test.ts', 'generator/**/*.test.ts', 'addin/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
