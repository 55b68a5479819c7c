import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// Browser tests: one build, one server, Chromium driven by playwright-core. Files run one at a time
// (the machine has 2 cores shared with other work).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/browser/global-setup.ts'],
    setupFiles: ['./scripts/node20-polyfills.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
