import type { AccountAssessment } from '@shared/ipc/channels/book';
import { loadBook } from '../../db/repo/book';
import { loadTierOverrides } from '../../db/repo/tierOverrides';
import { assessBookAccount } from '../../core/handlers/book';
import { CliUserError, type CliCommand } from '../types';
import { expectPositionals, formatNumber, splitArgs } from './storageArgs';

const USAGE = 'cascade assess [--account NAME] [--json]';

function table(a: AccountAssessment): string {
  const head = `${a.name} (${a.venue}, ${a.marginMode}) wallet ${formatNumber(a.walletBalance)}`;
  if (a.error) return `${head}\n  cannot assess: ${a.error.message}`;
  const totals = `  equity ${formatNumber(a.equity)}  maintenance ${formatNumber(a.maintenanceMargin)}  margin ratio ${formatNumber(a.marginRatio)}`;
  const rows = [
    ['id', 'symbol', 'side', 'mark', 'liquidation', 'bankruptcy', 'distance'],
    ...a.positions.map((p) => [
      p.id,
      p.symbol,
      p.side,
      formatNumber(p.markPrice),
      formatNumber(p.liquidationPrice),
      formatNumber(p.bankruptcyPrice),
      p.distanceToLiquidation === null ? '—' : `${(p.distanceToLiquidation * 100).toFixed(2)}%`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map(
    (r) => '  ' + r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
  return [head, totals, ...(a.positions.length ? lines : ['  no positions'])].join('\n');
}

/**
 * `cascade assess [--account NAME] [--json]`: liquidation and bankruptcy prices, distances and
 * account totals from the engine over the stored book. `--json` prints an array of accounts,
 * each with its totals and `positions: [{ id, symbol, side, liquidationPrice, … }]`. Exit 1 when
 * an account cannot be assessed (the reason is in its `error`).
 */
export const assessCommand: CliCommand = {
  name: 'assess',
  summary: 'liquidation prices and margin figures of the stored book',
  usage: USAGE,
  run(args, ctx, io) {
    const a = splitArgs(args, { valued: ['account'], flags: ['json'] });
    expectPositionals(a.positional, [], USAGE);
    const c = ctx();
    const name = a.values.get('account');
    const accounts = loadBook(c.db).accounts.filter((acc) => name === undefined || acc.name === name);
    if (name !== undefined && accounts.length === 0) throw new CliUserError(`no account named "${name}"`);
    const overrides = loadTierOverrides(c.db);
    const results = accounts.map((acc) => assessBookAccount(acc, overrides));
    io.out(a.flags.has('json') ? JSON.stringify(results, null, 2) : results.map(table).join('\n\n') || 'no accounts');
    const failed = results.filter((r) => r.error);
    if (failed.length) {
      io.err(`cascade: ${failed.map((r) => `${r.name}: ${r.error!.message}`).join('\n')}`);
      return 1;
    }
    return 0;
  },
};
