/**
 * Cascade's CSV columns, in export order, and the field each one fills. One row per position;
 * account columns repeat on every row of the account. A row with an account and no symbol is an
 * account without positions; a row with a symbol and mark_price but no account is a price.
 */
export const CSV_COLUMNS = [
  'account',
  'venue',
  'margin_mode',
  'position_mode',
  'wallet_balance',
  'taker_fee_rate',
  'account_notes',
  'symbol',
  'side',
  'contract',
  'quantity',
  'contract_size',
  'entry_price',
  'leverage',
  'isolated_margin',
  'mmr',
  'maintenance_amount',
  'max_leverage',
  'tick_size',
  'tiers',
  'stop_loss',
  'take_profit',
  'opened_at',
  'notes',
  'mark_price',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a file (or its mapping and defaults) must provide. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['account', 'symbol', 'side', 'quantity', 'entry_price'];

/** Position field (camelCase, as in JSON and the engine) → CSV column. */
export const FIELD_TO_COLUMN: Readonly<Record<string, CsvColumn>> = {
  name: 'account',
  venue: 'venue',
  marginMode: 'margin_mode',
  positionMode: 'position_mode',
  walletBalance: 'wallet_balance',
  takerFeeRate: 'taker_fee_rate',
  symbol: 'symbol',
  side: 'side',
  contract: 'contract',
  quantity: 'quantity',
  contractSize: 'contract_size',
  entryPrice: 'entry_price',
  leverage: 'leverage',
  isolatedMargin: 'isolated_margin',
  mmr: 'mmr',
  maintenanceAmount: 'maintenance_amount',
  maxLeverage: 'max_leverage',
  tickSize: 'tick_size',
  tiers: 'tiers',
  stopLoss: 'stop_loss',
  takeProfit: 'take_profit',
  openedAt: 'opened_at',
  notes: 'notes',
  markPrice: 'mark_price',
};

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}
