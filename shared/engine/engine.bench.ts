import { bench, describe } from 'vitest';
import { crossAccount } from './bench-fixture';
import { assessAccount } from './index';

// assessAccount is O(n): cross totals are computed once and each position subtracts its own
// contribution. The lead's bench script compares 20 000 with 2 000 positions (expect a ratio
// near 10). It comes out higher and noisy (9-28x) because of a V8 heap threshold, not the
// algorithm: an array or hash table over 128 KB (16 384 pointers) is allocated in V8's
// large-object space, and filling one with fresh objects costs ~13x more per element (measured
// 4 ns at 15 000 elements, 57-74 ns from 16 500 up). The 20 000-position account crosses it
// (its result array, the prepared legs, the id and symbol maps of validation); 2 000 does not.
// Per position: 1.9 us at 15 000, 4.0 us at 20 000 and 40 000. The second group compares two
// sizes on the same side of the threshold and shows the linear growth itself (expect ~2).
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
