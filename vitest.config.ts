import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three layers, run as Vitest projects: `unit` (pure, Node), `components` (Testing Library, jsdom),
// `e2e` (playwright-core driving Debian's Chromium against the production build under /kg/).
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './tests/e2e/support/browser-count-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
