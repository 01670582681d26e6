import { defineConfig } from 'vitest/config';

// `npm run bench`: every *.bench.ts under Node. Each describe() group holds one bench whose
// name starts with "baseline"; scripts/bench.mjs prints every other bench as a ratio to it.
export default defineConfig({
  test: {
    environment: 'node',
    benchmark: { include: ['shared/**/*.bench.ts', 'electron/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
  },
});
