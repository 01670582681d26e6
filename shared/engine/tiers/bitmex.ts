import type { TierTable } from './types';

/*
 * BitMEX XBTUSD (inverse, notional in XBT): base maintenance margin 0.5 % per BitMEX staff,
 * "For the XBTUSD contract the maintenance margin can be calculated using the following equation:
 * 0.5% * Order Value + (Taker Fee * Order Value) …"
 * (https://r.arson.gg/r/BitMEX/comments/fc6rui/is_maintenance_margin_factored_into_liquidation,
 * 2020-03-09). The taker-fee part is added by the venue rule (venues/bitmex.ts). Risk-limit steps
 * (higher MM for larger positions) are not modelled: give tiers for large positions. BitMEX's
 * ETHUSD is a quanto contract, which the engine does not model: no ETH table.
 */
export const bitmexTables: readonly TierTable[] = [
  {
    venue: 'bitmex',
    symbol: 'XBTUSD',
    aliases: ['BTCUSD', 'BTC/USD:BTC', 'XBT'],
    contract: 'inverse',
    source: 'https://r.arson.gg/r/BitMEX/comments/fc6rui/is_maintenance_margin_factored_into_liquidation',
    retrieved: '2020-03-09',
    note: 'Base maintenance rate only; BitMEX later lowered it (0.35 %) and raises it by risk-limit step.',
    tiers: [{ minNotional: 0, maxNotional: Infinity, mmr: 0.005, maintenanceAmount: 0 }],
  },
];
