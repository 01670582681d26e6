import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper shared with electron.vite.config.ts
import { ALIASES } from './scripts/lib/aliases.mjs';

// `npm run bench`: every *.bench.ts under Node. Each describe() group holds one bench whose
// name starts with "baseline"; scripts/bench.mjs prints every other bench as a ratio to it.
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    environment: 'node',
    benchmark: { include: ['shared/**/*.bench.ts', 'electron/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
  },
});
