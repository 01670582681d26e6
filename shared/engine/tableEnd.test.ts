import { describe, expect, it } from 'vitest';
import { assessAccount, lookupTierTable, type AccountSpec } from './index';

// Regression: a position inside a shipped table at mark whose notional AT THE LP passes the
// table's documented end used to get `liquidationPrice: null` ("cannot be liquidated").
describe('liquidation price past the end of a shipped tier table', () => {
  const table = lookupTierTable('binance-coinm', 'BTCUSD')!;
  const cap = table.tiers[table.tiers.length - 1].maxNotional;
  const last = table.tiers[table.tiers.length - 1];
  // Inverse long: notional in coin = contracts × 100 / price grows as the price falls.
  const contracts = Math.floor((cap * 0.995 * 50_000) / 100); // just inside the table at mark
  const account: AccountSpec = {
    venue: 'binance-coinm',
    marginMode: 'cross',
    walletBalance: 60,
    positions: [
      {
        id: 'p',
        symbol: 'BTCUSD',
        side: 'long',
        contract: 'inverse',
        quantity: contracts,
        contractSize: 100,
        entryPrice: 50_000,
        markPrice: 50_000,
        leverage: 10,
      },
    ],
  };

  it('still has a liquidation price below the mark', () => {
    const risk = assessAccount(account).positions[0];
    expect(risk.liquidationPrice).not.toBeNull();
    expect(risk.liquidationPrice!).toBeLessThan(50_000);
    expect(risk.liquidationPrice!).toBeGreaterThan(0);
  });

  it('uses the last documented bracket there: wallet + uPnL = maintenance at the LP', () => {
    const lp = assessAccount(account).positions[0].liquidationPrice!;
    const notional = (contracts * 100) / lp;
    expect(notional).toBeGreaterThan(cap);
    const upnl = contracts * 100 * (1 / 50_000 - 1 / lp);
    const maintenance = notional * last.mmr - last.maintenanceAmount;
    // Binance rounds a long's LP up to its tick; allow for that step in coin terms.
    expect(Math.abs(60 + upnl - maintenance)).toBeLessThan(contracts * 100 * (1 / lp - 1 / (lp + 0.1)) + 1e-9);
  });
});
