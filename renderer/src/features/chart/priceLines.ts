import type { Book } from '@shared/book/types';
import type { AccountRiskResult } from '../../api/queries';

/** What a horizontal line on the price chart marks. */
export type PriceLineKind = 'entry' | 'liquidation' | 'stop' | 'take-profit';

export interface PriceLineSpec {
  kind: PriceLineKind;
  price: number;
  /** Axis label, e.g. "LP long Iso". */
  title: string;
  positionId: string;
}

const LABEL: Record<PriceLineKind, string> = { entry: 'Entry', liquidation: 'LP', stop: 'Stop', 'take-profit': 'TP' };

/**
 * Entry, liquidation, stop and take-profit lines of every position on `symbol`; the LP is the
 * engine's (from the account's assessment). Positions whose account could not be assessed get no LP line.
 */
export function priceLinesFor(
  book: Book,
  risk: Map<string, AccountRiskResult> | undefined,
  symbol: string,
): PriceLineSpec[] {
  const out: PriceLineSpec[] = [];
  for (const account of book.accounts) {
    const assessed = risk?.get(account.id)?.risk;
    account.positions.forEach((p, i) => {
      if (p.symbol !== symbol) return;
      const who = `${p.side} ${account.name}`;
      const add = (kind: PriceLineKind, price: number | null | undefined) => {
        if (price !== null && price !== undefined && Number.isFinite(price) && price > 0)
          out.push({ kind, price, title: `${LABEL[kind]} ${who}`, positionId: p.id });
      };
      add('entry', p.entryPrice);
      add('liquidation', assessed?.positions[i]?.liquidationPrice);
      add('stop', p.stopLoss);
      add('take-profit', p.takeProfit);
    });
  }
  return out;
}
