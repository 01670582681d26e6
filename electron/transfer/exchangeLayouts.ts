/**
 * Position exports of Binance and Bybit, mapped onto Cascade's columns.
 *
 * What was found (searched 2026-11): neither exchange documents a CSV download of *open*
 * positions in its public help pages — Binance's "Position History" tab lists closed positions
 * (https://www.binance.com/en/support/faq/how-to-use-the-position-history-feature-on-binance-futures-7a2887232b144523b3ba9bde5f8c641d),
 * Bybit exports order/trade history. What both document is the position list of their API, and
 * that is what trading tools and scripts write out as CSV, one column per field:
 *
 * - Binance USDⓈ-M `GET /fapi/v2/positionRisk`
 *   (https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Position-Information-V2):
 *   symbol, positionAmt (negative = short in one-way mode), entryPrice, markPrice, unRealizedProfit,
 *   liquidationPrice, leverage, maxNotionalValue, marginType (cross | isolated), isolatedMargin,
 *   isAutoAddMargin, positionSide (BOTH | LONG | SHORT), notional, isolatedWallet, updateTime.
 * - Bybit v5 `GET /v5/position/list` (https://bybit-exchange.github.io/docs/v5/position; field list
 *   also in the bybit-api SDK's PositionV5 type): symbol, side (Buy | Sell | "" when flat), size,
 *   avgPrice, positionValue, tradeMode (0 cross, 1 isolated), leverage, markPrice, liqPrice,
 *   positionBalance, takeProfit, stopLoss, positionIdx (0 one-way, 1/2 hedge), createdTime (ms).
 *
 * Header names are matched case-insensitively. Flat rows (size 0, as both APIs return for
 * symbols without a position) are skipped. The account name defaults to "Binance" / "Bybit"
 * and the wallet balance must come from a mapping default for a new account (the position
 * list does not carry it).
 */
import type { CsvColumn } from './columns';

export interface ExchangeLayout {
  id: 'binance-positions' | 'bybit-positions';
  /** Lower-case header names that identify the layout. */
  signature: readonly string[];
  defaults: Partial<Record<CsvColumn, string>>;
  /** Lower-case source header per Cascade column, for messages. */
  sources: Partial<Record<CsvColumn, string>>;
  /** One source row (keys lower-cased) → Cascade cells, or null to skip the row. */
  convert: (get: (key: string) => string | undefined) => Partial<Record<CsvColumn, string>> | null;
}

const isZero = (v: string | undefined): boolean => v === undefined || v.trim() === '' || Number(v) === 0;
const nonZero = (v: string | undefined): string | undefined => (isZero(v) ? undefined : v!.trim());

export const binancePositions: ExchangeLayout = {
  id: 'binance-positions',
  signature: ['symbol', 'positionamt', 'entryprice'],
  defaults: { account: 'Binance', venue: 'binance-usdm', contract: 'linear' },
  sources: {
    symbol: 'symbol',
    quantity: 'positionAmt',
    side: 'positionAmt',
    entry_price: 'entryPrice',
    mark_price: 'markPrice',
    leverage: 'leverage',
    margin_mode: 'marginType',
    isolated_margin: 'isolatedWallet',
    position_mode: 'positionSide',
  },
  convert(get) {
    const amount = get('positionamt')?.trim() ?? '';
    if (isZero(amount)) return null;
    const positionSide = (get('positionside') ?? 'BOTH').trim().toUpperCase();
    const side =
      positionSide === 'LONG' ? 'long' : positionSide === 'SHORT' ? 'short' : amount.startsWith('-') ? 'short' : 'long';
    const marginType = get('margintype')?.trim().toLowerCase();
    const cells: Partial<Record<CsvColumn, string>> = {
      symbol: get('symbol'),
      side,
      quantity: amount.replace(/^[-+]/, ''),
      entry_price: get('entryprice'),
      mark_price: nonZero(get('markprice')),
      leverage: get('leverage'),
      position_mode: positionSide === 'BOTH' ? 'one-way' : 'hedge',
    };
    if (marginType) cells.margin_mode = marginType === 'crossed' ? 'cross' : marginType;
    // isolatedWallet is the margin put into the position; isolatedMargin also counts its PnL.
    if (cells.margin_mode === 'isolated')
      cells.isolated_margin = nonZero(get('isolatedwallet')) ?? nonZero(get('isolatedmargin'));
    return cells;
  },
};

/** Inverse on Bybit: coin-margined symbols quoted in USD (BTCUSD, and dated ones like BTCUSDH26). */
const bybitInverse = (symbol: string): boolean => /USD([FGHJKMNQUVXZ]\d{2})?$/i.test(symbol.trim());

export const bybitPositions: ExchangeLayout = {
  id: 'bybit-positions',
  signature: ['symbol', 'side', 'size', 'avgprice'],
  defaults: { account: 'Bybit', venue: 'bybit' },
  sources: {
    symbol: 'symbol',
    side: 'side',
    quantity: 'size',
    entry_price: 'avgPrice',
    mark_price: 'markPrice',
    leverage: 'leverage',
    margin_mode: 'tradeMode',
    isolated_margin: 'positionBalance',
    position_mode: 'positionIdx',
    stop_loss: 'stopLoss',
    take_profit: 'takeProfit',
    opened_at: 'createdTime',
  },
  convert(get) {
    const size = get('size');
    const rawSide = (get('side') ?? '').trim().toLowerCase();
    if (isZero(size) || rawSide === '' || rawSide === 'none') return null;
    const symbol = get('symbol') ?? '';
    const tradeMode = get('trademode')?.trim();
    const idx = get('positionidx')?.trim();
    const cells: Partial<Record<CsvColumn, string>> = {
      symbol,
      side: rawSide === 'buy' ? 'long' : rawSide === 'sell' ? 'short' : rawSide,
      contract: bybitInverse(symbol) ? 'inverse' : 'linear',
      quantity: size,
      entry_price: get('avgprice'),
      mark_price: nonZero(get('markprice')),
      leverage: get('leverage'),
      stop_loss: nonZero(get('stoploss')),
      take_profit: nonZero(get('takeprofit')),
      opened_at: nonZero(get('createdtime')),
    };
    if (tradeMode !== undefined && tradeMode !== '')
      cells.margin_mode = tradeMode === '1' ? 'isolated' : tradeMode === '0' ? 'cross' : tradeMode;
    if (idx !== undefined && idx !== '') cells.position_mode = idx === '0' ? 'one-way' : 'hedge';
    if (cells.margin_mode === 'isolated') cells.isolated_margin = nonZero(get('positionbalance'));
    return cells;
  },
};

export const EXCHANGE_LAYOUTS: readonly ExchangeLayout[] = [binancePositions, bybitPositions];

/** The exchange layout a header matches, if any. */
export function detectExchangeLayout(header: readonly string[]): ExchangeLayout | undefined {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return EXCHANGE_LAYOUTS.find((l) => l.signature.every((s) => names.has(s)));
}
