import type { Book, BookAccount, BookPosition } from '@shared/book/types';
import { toAccountSpec } from '@shared/book/types';
import { assessAccount } from '@shared/engine';
import type {
  AccountObservation,
  Observations,
  PositionObservation,
  PriceObservation,
  WarningObservation,
} from './types';

/** The latest live (feed) mark of a symbol. */
export interface LiveMark {
  mark: number;
  /** Epoch ms. */
  at: number;
}

export interface ObserveInput {
  book: Book;
  /** Live marks by book symbol; they override the stored marks. */
  live?: ReadonlyMap<string, LiveMark>;
  /** Symbols followed by a feed whose price is stale. */
  stale?: ReadonlySet<string>;
  /** Warnings for a book (shared/warnings `evaluateRules`); none when absent. */
  warningsOf?: (book: Book) => WarningObservation[];
  /** Told about accounts the engine cannot assess (they are skipped, not fatal). */
  log?: (message: string) => void;
}

/**
 * Puts the live mark on each position whose symbol the feed follows — unless the stored price is
 * newer (a manual price typed while the feed is stale or down wins over the old live one).
 */
function withLiveMarks(account: BookAccount, live: ReadonlyMap<string, LiveMark> | undefined): BookAccount {
  if (!live || live.size === 0) return account;
  return {
    ...account,
    positions: account.positions.map((p) => {
      const l = live.get(p.symbol);
      const storedAt = p.markSource !== 'entry' && p.markAt ? Date.parse(p.markAt) : -Infinity;
      if (!l || storedAt > l.at) return p;
      return { ...p, markPrice: l.mark, markSource: 'feed' as const, markAt: new Date(l.at).toISOString() };
    }),
  };
}

/** Stale only when the price in use is the feed's (a newer manual price is not stale). */
const isStale = (
  p: BookPosition,
  stale: ReadonlySet<string>,
  live: ReadonlyMap<string, LiveMark> | undefined,
): boolean => stale.has(p.symbol) && (p.markSource === 'feed' || !live?.has(p.symbol));

/**
 * Computes what the alert rules look at: each position's distance to liquidation and each
 * account's margin ratio (shared/engine, with live marks where the feed has them), the latest
 * mark per symbol, and the sizing warnings.
 */
export function observe(input: ObserveInput): Observations {
  const stale = input.stale ?? new Set<string>();
  const positions: PositionObservation[] = [];
  const accounts: AccountObservation[] = [];
  const prices = new Map<string, PriceObservation>();
  const book: Book = { accounts: input.book.accounts.map((a) => withLiveMarks(a, input.live)) };
  for (const account of book.accounts) {
    for (const p of account.positions) {
      // A position still priced at its entry has no real mark: no price level to cross.
      if (p.markSource !== 'entry' && !prices.has(p.symbol))
        prices.set(p.symbol, { symbol: p.symbol, mark: p.markPrice, stale: isStale(p, stale, input.live) });
    }
    if (account.positions.length === 0) continue;
    let risk;
    try {
      risk = assessAccount(toAccountSpec(account));
    } catch (error) {
      input.log?.(`alerts: account ${account.name} skipped: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const byId = new Map(risk.positions.map((r) => [r.id, r]));
    let accountStale = false;
    for (const p of account.positions) {
      const r = byId.get(p.id);
      if (!r) continue;
      const priceStale = isStale(p, stale, input.live);
      accountStale ||= priceStale;
      positions.push({
        id: p.id,
        accountId: account.id,
        accountName: account.name,
        symbol: p.symbol,
        side: p.side,
        mark: p.markPrice,
        liquidationPrice: r.liquidationPrice,
        distancePct: r.distanceToLiquidation === null ? null : r.distanceToLiquidation * 100,
        stale: priceStale,
      });
    }
    accounts.push({ id: account.id, name: account.name, marginRatioPct: risk.marginRatio * 100, stale: accountStale });
  }
  return { positions, accounts, prices: [...prices.values()], warnings: input.warningsOf?.(book) ?? [] };
}
