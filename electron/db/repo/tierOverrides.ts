import type { Database } from 'better-sqlite3';
import { overrideKey, type TierOverrides } from '@shared/book/tierOverrides';
import type { MaintenanceTier, VenueId } from '@shared/engine/types';
import { normalizeSymbol } from '@shared/engine/tiers/index';
import { stmt } from '../statements';
import { decodeTiers, encodeTiers } from './tiersCodec';

export { applyTierOverrides, type TierOverrides } from '@shared/book/tierOverrides';

/** Every override, one query. */
export function loadTierOverrides(db: Database): TierOverrides {
  const out = new Map<string, MaintenanceTier[]>();
  for (const r of stmt(db, 'SELECT venue, symbol, tiers FROM tier_overrides').all() as {
    venue: string;
    symbol: string;
    tiers: string;
  }[]) {
    out.set(overrideKey(r.venue, r.symbol), decodeTiers(r.tiers)!);
  }
  return out;
}

export interface TierOverrideRecord {
  venue: VenueId;
  symbol: string;
  tiers: MaintenanceTier[];
  source: string | null;
  updatedAt: string;
}

interface Rec {
  venue: string;
  symbol: string;
  tiers: string;
  source: string | null;
  updated_at: string;
}

const toRecord = (r: Rec): TierOverrideRecord => ({
  venue: r.venue as VenueId,
  symbol: r.symbol,
  tiers: decodeTiers(r.tiers)!,
  source: r.source,
  updatedAt: r.updated_at,
});

/** Every override, by venue then symbol. */
export function listTierOverrides(db: Database): TierOverrideRecord[] {
  return (stmt(db, 'SELECT * FROM tier_overrides ORDER BY venue, symbol').all() as Rec[]).map(toRecord);
}

export function getTierOverride(db: Database, venue: VenueId, symbol: string): TierOverrideRecord | undefined {
  const r = stmt(db, 'SELECT * FROM tier_overrides WHERE venue = ? AND symbol = ?').get(
    venue,
    normalizeSymbol(symbol),
  ) as Rec | undefined;
  return r && toRecord(r);
}

export function deleteTierOverride(db: Database, venue: VenueId, symbol: string): boolean {
  return (
    stmt(db, 'DELETE FROM tier_overrides WHERE venue = ? AND symbol = ?').run(venue, normalizeSymbol(symbol)).changes >
    0
  );
}

export function setTierOverride(
  db: Database,
  venue: VenueId,
  symbol: string,
  tiers: MaintenanceTier[],
  source: string | null,
  now: string,
): void {
  stmt(
    db,
    `INSERT INTO tier_overrides (venue, symbol, tiers, source, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (venue, symbol) DO UPDATE SET tiers = excluded.tiers, source = excluded.source, updated_at = excluded.updated_at`,
  ).run(venue, normalizeSymbol(symbol), encodeTiers(tiers), source, now);
}
