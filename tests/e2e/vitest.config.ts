import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end tests: real Chromium and Firefox ESR with the built extension (.output/), against the local
// outlet web. One file at a time (each starts a browser), generous timeouts (first feed refresh, builds).
export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    sequence: { concurrent: false },
  },
});
