/**
 * Order-quantity steps ("lot size") the calculator rounds sizes DOWN to, in contracts. Data with
 * a source, like the tier tables; pass `lotStep` for any other symbol (without one, the size is
 * not rounded and the result says so).
 */
import { normalizeSymbol, type VenueId } from '../engine/index';

/** One shipped lot step. */
export interface LotStep {
  venue: VenueId;
  symbol: string;
  /** Smallest order increment, in contracts (Binance USDⓈ-M: base units, 1 contract = 1 BTC). */
  step: number;
  /**
   * Contract size when it is not 1: quote value of one inverse contract (e.g. 100 USD), or base
   * units of one linear contract (OKX ctVal, e.g. 0.01 BTC).
   */
  contractSize?: number;
  source: string;
  retrieved: string;
}

/** Shipped lot steps. */
export const lotSteps: readonly LotStep[] = [
  {
    // "if the user opens an order of 0.001 BTC > 5 USDT notional value, the order can be
    // successfully placed" — Binance, USDⓈ-Margined Futures Contract Specifications.
    venue: 'binance-usdm',
    symbol: 'BTCUSDT',
    step: 0.001,
    source: 'https://www.binance.com/en/support/faq/usd%E2%93%A2-margined-futures-contract-specifications-360033161972',
    retrieved: '2021-02-23',
  },
  {
    // "The contract multiplier for BTC coin-margined contracts is 100 USD. Meanwhile, altcoin
    // contracts have a multiplier of 10 USD" — Binance, Coin-Margined Futures Contract
    // Specifications; orders are in whole contracts.
    venue: 'binance-coinm',
    symbol: 'BTCUSD',
    step: 1,
    contractSize: 100,
    source: 'https://www.binance.com/en/support/faq/a4470430e3164c13932be8967961aede',
    retrieved: '2020-06-11',
  },
  {
    venue: 'binance-coinm',
    symbol: 'ETHUSD',
    step: 1,
    contractSize: 10,
    source: 'https://www.binance.com/en/support/faq/a4470430e3164c13932be8967961aede',
    retrieved: '2020-06-11',
  },
  {
    // OKX instrument answers (GET /api/v5/public/instruments, saved in
    // dream-until-dawn/okx-position-simulator-go testdata/conformance): BTC-USDT-SWAP ctVal 0.01
    // BTC, ETH-USDT-SWAP ctVal 0.1 ETH, both lotSz 0.01 contracts.
    venue: 'okx',
    symbol: 'BTC-USDT-SWAP',
    step: 0.01,
    contractSize: 0.01,
    source:
      'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/0245263baf7dbc9b438f209bb2275c82d7da6380/testdata/conformance/liquidation-full-isolated.json',
    retrieved: '2026-08-31',
  },
  {
    venue: 'okx',
    symbol: 'ETH-USDT-SWAP',
    step: 0.01,
    contractSize: 0.1,
    source:
      'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/702f9dd92555e00bfd71165335580638dcd9eaa9/testdata/conformance/close-long-isolated-linear.json',
    retrieved: '2026-08-31',
  },
  {
    // BTC-USD-SWAP: ctVal 100 USD, lotSz 0.1 contract (OKX instrument answer, same repository).
    venue: 'okx',
    symbol: 'BTC-USD-SWAP',
    step: 0.1,
    contractSize: 100,
    source:
      'https://github.com/dream-until-dawn/okx-position-simulator-go/blob/8653d32d388a4ff0a4657250e91cca36d5a6139f/testdata/conformance/inverse-position-metrics.json',
    retrieved: '2026-08-31',
  },
];

/** The shipped lot step for a venue and symbol, or undefined. */
export function lookupLotStep(venue: VenueId, symbol: string): LotStep | undefined {
  // COIN-M perpetuals are also written BTCUSD_PERP: drop the suffix before comparing.
  const s = normalizeSymbol(symbol).replace(/PERP$/, '');
  return lotSteps.find((l) => l.venue === venue && normalizeSymbol(l.symbol) === s);
}

/** Number of decimals needed to write `step` (0.001 → 3, 1e-8 → 8, 5 → 0). */
function decimals(step: number): number {
  if (Number.isInteger(step)) return 0;
  const [mant, exp] = step.toExponential().split('e');
  const frac = mant.includes('.') ? mant.length - mant.indexOf('.') - 1 : 0;
  return Math.max(0, frac - Number(exp));
}

/**
 * `value` rounded DOWN to a multiple of `step` (never up: the rounded size must stay within every
 * bound). Tolerates binary noise of 1e-9 of a step (0.3 / 0.1 stays 3 steps). Never negative.
 */
export function floorToStep(value: number, step: number): number {
  if (!(value > 0)) return 0;
  const n = Math.floor(value / step + 1e-9);
  return Number((n * step).toFixed(Math.min(decimals(step), 20)));
}
