import type { TierTable } from './types';

/*
 * BitMEX XBTUSD (inverse, position value in XBT). Base maintenance 0.5 % below the 200 XBT base
 * risk limit; each 150 XBT step above it adds the base rate to the WHOLE position's rate (BitMEX
 * "Risk Limits": "New Maintenance Margin % = Base MM % + (Steps * Base MM %)"). Rows as BitMEX's
 * risk-limit examples page prints them ("with XBTUSD the base maintenance and initial margin are
 * 0.50% and 1.00% … < 200 XBT 0.50%, < 350 XBT 1.00%, < 500 XBT 1.50%, < 650 XBT 2.00%",
 * https://bitmex.com/app/riskLimitsExamples, early 2019), and the same base as BitMEX's XBTUSD
 * instrument on 2024-11-24 (maintMargin 0.005, riskLimit 200 XBT, riskStep 150 XBT; the API answer
 * saved in nautechsystems/nautilus_trader crates/adapters/bitmex/test_data/http_get_instrument_xbtusd.json
 * @4b670146). BitMEX lowered the base to 0.35 % in 2020 and is back at 0.5 % in that snapshot.
 * The rate applies to the whole position (no maintenance amount); the venue rule takes it on the
 * entry value (venues/bitmex.ts). The fee part is added by the venue rule too. BitMEX's ETHUSD is
 * a quanto contract, which the engine does not model: no ETH table.
 */
export const bitmexTables: readonly TierTable[] = [
  {
    venue: 'bitmex',
    symbol: 'XBTUSD',
    aliases: ['BTCUSD', 'BTC/USD:BTC', 'XBT'],
    contract: 'inverse',
    source:
      'https://github.com/nautechsystems/nautilus_trader/blob/4b670146d44680575f1ac911b319fd3f7e18c4c5/crates/adapters/bitmex/test_data/http_get_instrument_xbtusd.json',
    retrieved: '2024-11-24',
    note:
      "Base 0.5 % to 200 XBT and 150 XBT risk steps from BitMEX's XBTUSD instrument (API answer of 2024-11-24); step rates as BitMEX's " +
      'risk-limit examples page lists them (to 650 XBT). Larger positions are refused: give tiers or mmr.',
    tiers: [
      { minNotional: 0, maxNotional: 200, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
      { minNotional: 200, maxNotional: 350, mmr: 0.01, maintenanceAmount: 0 },
      { minNotional: 350, maxNotional: 500, mmr: 0.015, maintenanceAmount: 0 },
      { minNotional: 500, maxNotional: 650, mmr: 0.02, maintenanceAmount: 0 },
    ],
  },
];
