import { readFileSync } from 'node:fs';
import {
  EngineInputError,
  parseTierAnswer,
  sizeTierTables,
  tierTableSummaries,
  tierTables,
  VENUE_IDS,
  type VenueId,
} from '@shared/engine/index';
import { deleteTierOverride, getTierOverride, listTierOverrides, setTierOverride } from '../../db/repo/tierOverrides';
import { CliUserError, type CliCommand } from '../types';
import { expectPositionals, formatNumber, splitArgs } from './storageArgs';

const USAGE = [
  'cascade tiers [--json]                                  shipped tables and your overrides',
  'cascade tiers set VENUE SYMBOL FILE [--source TEXT]     override from an exchange answer or a tier list (JSON)',
  'cascade tiers remove VENUE SYMBOL',
].join('\n       ');

function venueOf(text: string): VenueId {
  if (!(VENUE_IDS as readonly string[]).includes(text))
    throw new CliUserError(`VENUE: expected one of ${VENUE_IDS.join(', ')}, got "${text}"`);
  return text as VenueId;
}

const cap = (n: number) => (Number.isFinite(n) ? formatNumber(n) : '∞');

/** Shipped tables and overrides as lines (one per table). */
function listing(overrides: ReturnType<typeof listTierOverrides>): string {
  const lines = ['Shipped tables (venue, symbol, tiers by, tiers, up to, dated, source):'];
  for (const t of tierTableSummaries()) {
    const keyedBy = t.keyedBy === 'contracts' ? `contracts of ${t.contractValue}` : 'notional';
    lines.push(`  ${t.venue} ${t.symbol}  ${keyedBy}  ${t.tiers}  ${cap(t.upTo)}  ${t.retrieved}  ${t.source}`);
  }
  lines.push('', overrides.length ? 'Your overrides (venue, symbol, tiers, source, saved):' : 'No overrides.');
  for (const o of overrides)
    lines.push(`  ${o.venue} ${o.symbol}  ${o.tiers.length}  ${o.source ?? '-'}  ${o.updatedAt}`);
  return lines.join('\n');
}

/**
 * `cascade tiers`: the maintenance tiers the engine uses — shipped tables with source and date,
 * and the user's overrides per venue + symbol, which `set` reads from the exchange's own answer
 * (Binance leverageBracket, Bybit risk-limit, Gate risk_limit_tiers, Hyperliquid meta) or a
 * Cascade tier list. One transaction per change.
 */
export const tiersCommand: CliCommand = {
  name: 'tiers',
  summary: 'list the maintenance tier tables; set or remove your override for a symbol',
  usage: USAGE,
  run(args, ctx, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub.startsWith('--')) {
      const a = splitArgs(args, { flags: ['json'] });
      expectPositionals(a.positional, [], USAGE);
      const overrides = listTierOverrides(ctx().db);
      io.out(
        a.flags.has('json')
          ? JSON.stringify({ shipped: [...tierTables, ...sizeTierTables], overrides }, null, 2)
          : listing(overrides),
      );
      return 0;
    }
    if (sub === 'set') {
      const a = splitArgs(rest, { valued: ['source'] });
      const [venueText, symbol, file] = expectPositionals(a.positional, ['VENUE', 'SYMBOL', 'FILE'], USAGE);
      const venue = venueOf(venueText!);
      let text: string;
      try {
        text = readFileSync(file!, 'utf8');
      } catch (error) {
        throw new CliUserError(`FILE: cannot read ${file}: ${(error as Error).message}`);
      }
      let parsed;
      try {
        parsed = parseTierAnswer(text, { venue, symbol: symbol! });
      } catch (error) {
        if (error instanceof EngineInputError) throw new CliUserError(`${file}: ${error.message}`);
        throw error;
      }
      const c = ctx();
      const row = c.db.transaction(() => {
        setTierOverride(
          c.db,
          venue,
          symbol!,
          parsed.tiers,
          a.values.get('source') ?? `${file} (${parsed.format} answer)`,
          c.now().toISOString(),
        );
        return getTierOverride(c.db, venue, symbol!)!;
      })();
      io.out(`override saved: ${row.venue} ${row.symbol}, ${row.tiers.length} tiers from a ${parsed.format} answer`);
      return 0;
    }
    if (sub === 'remove') {
      const a = splitArgs(rest, {});
      const [venueText, symbol] = expectPositionals(a.positional, ['VENUE', 'SYMBOL'], USAGE);
      const venue = venueOf(venueText!);
      const c = ctx();
      if (!c.db.transaction(() => deleteTierOverride(c.db, venue, symbol!))())
        throw new CliUserError(`no override for ${venue} ${symbol}`);
      io.out(`override removed: ${venue} ${symbol}`);
      return 0;
    }
    throw new CliUserError(`unknown subcommand "${sub}"\nusage: ${USAGE}`);
  },
};
