import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/vn', 'packages/contracts', 'apps/server', 'apps/web'],
  },
});
