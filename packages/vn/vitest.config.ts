import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'vn', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
