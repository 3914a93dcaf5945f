import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'e2e/**/*.test.ts',
      'eslint/*.test.ts',
    ],
    testTimeout: 60_000,
    // Fixtures import the example plan and hash passwords: on two busy cores that can take longer than 10 s.
    hookTimeout: 60_000,
  },
});
