import type { Database } from 'better-sqlite3';
import type { CsvMapping } from '@shared/book/csvMapping';
import { insertAccount, updateAccount } from '../db/repo/accounts';
import { positionWriter } from '../db/repo/positions';
import { insertPrice } from '../db/repo/prices';
import { saveMapping } from '../db/repo/importMappings';
import { setTierOverride } from '../db/repo/tierOverrides';
import type { ImportPlan } from './plan';

/**
 * Writes a plan in ONE transaction: a crash or error at any point leaves the database as it
 * was. Unchanged records are not rewritten (their updated_at stays).
 */
export function applyImport(
  db: Database,
  plan: ImportPlan,
  now: string,
  mapping?: { signature: string; header: string[]; mapping: CsvMapping },
): void {
  db.transaction(() => {
    const ids = plan.accounts.map((a) => {
      if (a.id === null) return insertAccount(db, a.values, now);
      if (a.status === 'changed') updateAccount(db, a.id, a.values, now);
      return a.id;
    });
    const positions = positionWriter(db, now);
    for (const p of plan.positions) {
      if (p.id === null) positions.insert(p.values, ids[p.account]!);
      else if (p.status === 'changed') positions.update(p.id, p.values, ids[p.account]!);
    }
    for (const price of plan.prices) {
      if (price.status !== 'unchanged') insertPrice(db, price.symbol, price.mark, 'manual', now);
    }
    for (const o of plan.tierOverrides) {
      if (o.status !== 'unchanged') setTierOverride(db, o.venue, o.symbol, o.tiers, o.source, now);
    }
    if (mapping) saveMapping(db, mapping.signature, mapping.header, mapping.mapping, now);
  })();
}
