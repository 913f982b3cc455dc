import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_TARGET = 'http://127.0.0.1:3000';
const API_PROXY = {
  '/api': { target: API_TARGET },
  '/healthz': { target: API_TARGET },
  '/readyz': { target: API_TARGET },
  '/oidc': { target: API_TARGET },
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Hashed file names under /assets: the server caches them as immutable.
    assetsDir: 'assets',
    rolldownOptions: {
      output: {
        /*
         * Vendor chunks for what the first paint needs ($initial): React + the router, the core of
         * Ant Design, and the rest (i18next, TanStack Query, dayjs). Ant Design components used
         * only by lazy pages (Form, Dropdown, Descriptions…) stay with those pages.
         */
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            {
              name: 'antd',
              test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+)[\\/]/,
              priority: 20,
              tags: ['$initial'],
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy: API_PROXY },
  preview: { port: 4173, proxy: API_PROXY },
});
