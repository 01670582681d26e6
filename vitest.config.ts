import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
// @ts-expect-error plain ESM helper shared with scripts/test.mjs
import { findChromium, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';
// @ts-expect-error plain ESM helper shared with electron.vite.config.ts
import { ALIASES } from './scripts/lib/aliases.mjs';

const chromium: string | null = findChromium();

// Test layout: unit tests sit beside their code as *.test.ts(x); cross-layer and end-to-end
// tests live in test/. `node` runs everything that needs no browser; `browser` renders React
// in real Chromium; `e2e` drives the built renderer against the real IPC handlers.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: ALIASES },
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: ALIASES },
        test: {
          name: 'browser',
          include: ['renderer/**/*.test.tsx', 'test/browser/**/*.test.tsx'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromium ?? undefined, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { alias: ALIASES },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
