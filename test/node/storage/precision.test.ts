import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { btcLong, call, linearAccount } from './helpers';

// docs/storage.md "Precision: why REAL": every decimal of up to 15 significant digits is stored in REAL and read back
// exactly as typed. Checked through the real path: IPC upsert → SQLite → book.get → export text.

describe('REAL precision', () => {
  let t: TempDb;
  let accountId: string;
  beforeAll(async () => {
    t = makeTempDb();
    accountId = (await call(t.ctx, 'accounts:upsert', { ...linearAccount, venue: 'generic' })).id;
  });
  afterAll(() => t.cleanup());

  /** A decimal text with 1–15 significant digits and 0–8 decimals, e.g. "70250.5", "0.00001234". */
  const decimal = fc
    .record({
      digits: fc.integer({ min: 1, max: 15 }),
      decimals: fc.integer({ min: 0, max: 8 }),
      seed: fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }),
    })
    .map(({ digits, decimals, seed }) => {
      const mantissa = (seed % 10n ** BigInt(digits)).toString().replace(/^0+/, '') || '1';
      const padded = mantissa.padStart(decimals + 1, '0');
      const text = decimals === 0 ? padded : `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
      return text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    })
    .filter((text) => Number(text) > 0);

  /** A decimal as (digits without leading/trailing zeros, power of ten): "0.00001234" → 1234e-8, "1e-7" → 1e-7. */
  function canonical(text: string): string {
    const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text)!;
    let digits = (m[1] ?? '') + (m[2] ?? '');
    let exp = Number(m[3] ?? 0) - (m[2] ?? '').length;
    digits = digits.replace(/^0+/, '');
    while (digits.endsWith('0')) {
      digits = digits.slice(0, -1);
      exp++;
    }
    return `${digits}e${exp}`;
  }

  it('quantities and prices of up to 15 significant digits come back as the same decimal text', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(decimal, decimal, async (qty, price) => {
        const stored = await call(t.ctx, 'positions:upsert', {
          ...btcLong,
          symbol: `P${n++}USDT`,
          accountId,
          quantity: Number(qty),
          entryPrice: Number(price),
          leverage: undefined,
          mmr: 0.01,
        });
        const row = t.db.prepare('SELECT quantity, entry_price FROM positions WHERE id = ?').get(Number(stored.id)) as {
          quantity: number;
          entry_price: number;
        };
        expect(typeof row.quantity).toBe('number'); // REAL, not text
        // The decimal the stored double prints as is the decimal the user typed.
        expect(canonical(String(row.quantity))).toBe(canonical(qty));
        expect(canonical(String(row.entry_price))).toBe(canonical(price));
        expect(canonical(String(stored.quantity))).toBe(canonical(qty));
      }),
      { numRuns: 200 },
    );
  });
});
