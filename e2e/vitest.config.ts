import { defineConfig } from 'vitest/config';

/** Browser journeys: run by `npm test` (and `npm run e2e`) after the web build. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
