import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Book } from '@shared/book/types';
import type { AccountAssessment } from '@shared/ipc/channels/book';
import { makeFormatters } from '@renderer/ui/format';
import { ROOT, runAxe, useHarness } from './harness';

/**
 * Tier overrides end to end: a symbol the engine ships no table for cannot be assessed; the
 * trader pastes the exchange's own bracket answer in Settings, the real handler stores it, and
 * the Book shows the LP main's risk channel computes with it (the page applies the same override).
 */
const h = useHarness('tiers.test.ts', { viewport: { width: 1400, height: 900 } });
const f = makeFormatters('en-US');

const SOL_BRACKETS = JSON.stringify([
  {
    symbol: 'SOLUSDT',
    brackets: [
      { bracket: 1, initialLeverage: 75, notionalCap: 5000, notionalFloor: 0, maintMarginRatio: 0.01, cum: 0 },
      { bracket: 2, initialLeverage: 50, notionalCap: 25000, notionalFloor: 5000, maintMarginRatio: 0.025, cum: 75 },
      { bracket: 3, initialLeverage: 25, notionalCap: 100000, notionalFloor: 25000, maintMarginRatio: 0.05, cum: 700 },
    ],
  },
  {
    symbol: 'XRPUSDT',
    brackets: [
      { bracket: 1, initialLeverage: 75, notionalCap: 5000, notionalFloor: 0, maintMarginRatio: 0.01, cum: 0 },
    ],
  },
]);

describe('tier overrides (Chromium, real handlers)', () => {
  it("a pasted Binance bracket answer becomes the SOLUSDT override; the Book LP equals main's", async () => {
    const page = h.page;
    await page.goto(h.url);
    const account = await h.call<{ id: string }>('accounts:upsert', {
      name: 'Alts',
      venue: 'binance-usdm',
      marginMode: 'cross',
      walletBalance: 5_000,
    });
    const sol = await h.call<{ id: string; tickSize?: number }>('positions:upsert', {
      accountId: account.id,
      symbol: 'SOLUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 150,
      entryPrice: 210,
      tickSize: 0.01,
    });
    await h.call('prices:set', { symbol: 'SOLUSDT', mark: 205 });
    await page.reload();
    await page.getByRole('tab', { name: 'Book' }).click();
    const cell = page.locator(`[data-position-id="${sol.id}"] [data-testid="lp"]`);
    await cell.waitFor();
    expect(await cell.textContent()).toBe('error'); // no table for SOLUSDT
    expect(await page.locator('.account-error').textContent()).toMatch(/binance-usdm SOLUSDT/);

    await page.getByRole('tab', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Add a tier override' });
    await form.getByLabel(/Paste the exchange/).fill(SOL_BRACKETS);
    await form.getByRole('button', { name: 'Read tiers' }).click();
    // The answer holds two symbols: the panel asks which one.
    await form.getByRole('alert').filter({ hasText: 'SOLUSDT' }).waitFor();
    await form.getByLabel('Symbol').fill('SOLUSDT');
    await form.getByRole('button', { name: 'Read tiers' }).click();
    await form.getByRole('table', { name: 'Tiers to save' }).waitFor();
    await form.getByRole('button', { name: 'Save override' }).click();
    await page.getByRole('status').filter({ hasText: 'Override saved for binance-usdm SOLUSDT' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    if (process.env.CASCADE_SCREENSHOTS === '1') {
      mkdirSync(resolve(ROOT, 'docs/screenshots'), { recursive: true });
      await page
        .getByRole('heading', { name: 'Maintenance tiers' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: resolve(ROOT, 'docs/screenshots/tiers.png') });
    }

    const stored = await h.call<{ symbol: string; tiers: unknown[] }[]>('tierOverrides:list');
    expect(stored.map((o) => [o.symbol, o.tiers.length])).toEqual([['SOLUSDT', 3]]);
    const [assessed] = await h.call<AccountAssessment[]>('risk:assessBook');
    const lp = assessed.positions.find((p) => p.id === sol.id)!.liquidationPrice as number;
    expect(lp).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Book' }).click();
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [
      `[data-position-id="${sol.id}"] [data-testid="lp"]`,
      f.price(lp, 0.01),
    ] as const);
    expect(await cell.textContent()).toBe(f.price(lp, 0.01));
    // The stored position itself is unchanged: the override is applied, not written into it.
    const book = await h.call<Book>('book:get');
    expect(book.accounts[0].positions[0].tiers).toBeUndefined();
  });
});
