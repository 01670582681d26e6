import { bench, describe } from 'vitest';
import { crossAccount } from './bench-fixture';
import { assessAccount } from './index';

// assessAccount is O(n): cross totals are computed once and each position subtracts its own
// contribution. The lead's bench script compares these two (expect a ratio near 10).
const small = crossAccount(2_000);
const large = crossAccount(20_000);

describe('assessAccount, cross margin, tiered maintenance', () => {
  bench('baseline: 2 000 positions', () => {
    assessAccount(small);
  });
  bench('20 000 positions', () => {
    assessAccount(large);
  });
});
