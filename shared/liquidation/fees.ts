/**
 * Binance's insurance clearance fee rate per symbol: exchangeInfo's `liquidationFee` ("liquidation
 * fee rate" in Binance's API docs), shipped from a 2025-09-18 snapshot of GET /fapi/v1/exchangeInfo
 * (shared/data, with its source). Binance charges it "on the amount liquidated only (not the
 * notional value of the position)".
 */
import binanceFees from '../data/binance-usdm-liquidation-fees-2025-09-18.json';

interface FeeSnapshot {
  source: string;
  asOf: string;
  symbols: Record<string, { liquidationFee: number }>;
}

const BINANCE = binanceFees as FeeSnapshot;

/** A clearance fee rate with where it comes from. */
export interface ClearanceRate {
  rate: number;
  asOf: string;
  source: string;
}

/** Binance USDⓈ-M's clearance fee rate for a symbol (`BTCUSDT`, any separators), or undefined. */
export function binanceClearanceRate(symbol: string): ClearanceRate | undefined {
  const row = BINANCE.symbols[symbol.toUpperCase().replace(/[^A-Z0-9]/g, '')];
  return row ? { rate: row.liquidationFee, asOf: BINANCE.asOf, source: BINANCE.source } : undefined;
}
