import { bench, describe } from 'vitest';
import { crossAccount } from './bench-fixture';
import { assessAccount } from './index';

// assessAccount is O(n): cross totals are computed once and each position subtracts its own
// contribution. The lead's bench script compares 20 000 with 2 000 positions (expect a ratio
// near 10). On small caches the 2 000-position account stays in L2 between the engine's passes
// and the 20 000 one does not, which adds a constant factor per position (measured 2.2 → 4.6 µs
// per position between 5 000 and 20 000); the second group, 40 000 vs 20 000, is past that step
// and shows the linear growth itself (expect ≈ 2).
const small = crossAccount(2_000);
const large = crossAccount(20_000);
const larger = crossAccount(40_000);

describe('assessAccount, cross margin, tiered maintenance', () => {
  bench('baseline: 2 000 positions', () => {
    assessAccount(small);
  });
  bench('20 000 positions', () => {
    assessAccount(large);
  });
});

describe('assessAccount, cross margin, past the cache step', () => {
  bench('baseline: 20 000 positions', () => {
    assessAccount(large);
  });
  bench('40 000 positions', () => {
    assessAccount(larger);
  });
});
