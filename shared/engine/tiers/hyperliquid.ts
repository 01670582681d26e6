import type { TierTable } from './types';

/*
 * Hyperliquid mainnet margin tiers, "Margin tiers",
 * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers:
 *   BTC: 0–150M USDC 40x, >150M 20x;  ETH: 0–100M 25x, >100M 15x.
 * maintenance_margin_rate = (initial margin rate at max leverage) / 2 = 1/(2·maxLeverage);
 * maintenance_deduction(n) = deduction(n−1) + lower_bound(n) × (rate(n) − rate(n−1)):
 *   BTC tier 2: 150,000,000 × (0.025 − 0.0125) = 1,875,000
 *   ETH tier 2: 100,000,000 × (1/30 − 0.02)    = 1,333,333.33…
 */
export const hyperliquidTables: readonly TierTable[] = [
  {
    venue: 'hyperliquid',
    symbol: 'BTC',
    aliases: ['BTC/USDC:USDC', 'BTC-PERP', 'BTCUSDC'],
    contract: 'linear',
    source: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers',
    retrieved: '2026-11-26',
    note: 'Date = day read from the stored copy of the docs page (its own date unknown; it lists HIP-3 era assets). Max leverage changes by governance; a position with maxLeverage set uses 1/(2·maxLeverage) instead.',
    tiers: [
      { minNotional: 0, maxNotional: 150_000_000, mmr: 1 / 80, maintenanceAmount: 0, maxLeverage: 40 },
      {
        minNotional: 150_000_000,
        maxNotional: Infinity,
        mmr: 1 / 40,
        maintenanceAmount: 150_000_000 * (1 / 40 - 1 / 80),
        maxLeverage: 20,
      },
    ],
  },
  {
    venue: 'hyperliquid',
    symbol: 'ETH',
    aliases: ['ETH/USDC:USDC', 'ETH-PERP', 'ETHUSDC'],
    contract: 'linear',
    source: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers',
    retrieved: '2026-11-26',
    note: 'Date = day read from the stored copy of the docs page (its own date unknown; it lists HIP-3 era assets). Max leverage changes by governance; a position with maxLeverage set uses 1/(2·maxLeverage) instead.',
    tiers: [
      { minNotional: 0, maxNotional: 100_000_000, mmr: 1 / 50, maintenanceAmount: 0, maxLeverage: 25 },
      {
        minNotional: 100_000_000,
        maxNotional: Infinity,
        mmr: 1 / 30,
        maintenanceAmount: 100_000_000 * (1 / 30 - 1 / 50),
        maxLeverage: 15,
      },
    ],
  },
];
