import { insertPrice } from '../../db/repo/prices';
import { SYMBOL_PATTERN } from '@shared/book/schema';
import { CliUserError, type CliCommand } from '../types';
import { expectPositionals, formatNumber, splitArgs } from './storageArgs';

const USAGE = 'cascade price SYMBOL VALUE';

/** `cascade price SYMBOL VALUE`: records a manual mark price. */
export const priceCommand: CliCommand = {
  name: 'price',
  summary: 'record a manual mark price for a symbol',
  usage: USAGE,
  run(args, ctx, io) {
    const a = splitArgs(args, {});
    const [symbol, value] = expectPositionals(a.positional, ['SYMBOL', 'VALUE'], USAGE);
    if (!SYMBOL_PATTERN.test(symbol!))
      throw new CliUserError(`SYMBOL: expected a symbol such as BTCUSDT, got "${symbol}"`);
    const mark = /^\d+(\.\d*)?([eE][+-]?\d+)?$|^\.\d+$/.test(value!) ? Number(value) : NaN;
    if (!(Number.isFinite(mark) && mark > 0))
      throw new CliUserError(`VALUE: expected a positive price, got "${value}"`);
    const c = ctx();
    const row = insertPrice(c.db, symbol!, mark, 'manual', c.now().toISOString());
    io.out(`${row.symbol} ${formatNumber(row.mark)} (manual, ${row.at})`);
    return 0;
  },
};
