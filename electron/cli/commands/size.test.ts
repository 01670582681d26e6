import { describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { capture } from '@test/helpers/cli';

// A --db path that must never be created: `size` needs no database.
const NO_DB = ['--db', '/nonexistent-dir/never.sqlite'];
const EXAMPLE = [
  'size',
  '--equity',
  '10000',
  '--risk',
  '1%',
  '--entry',
  '70000',
  '--stop',
  '68500',
  '--venue',
  'binance-usdm',
  '--symbol',
  'BTCUSDT',
];

describe('cascade size', () => {
  it('prints the sizing without a database (1 % of 10 000 over a 1 500 stop → 0.066 BTC)', async () => {
    const c = capture();
    expect(await runCli([...EXAMPLE, ...NO_DB], c.io, {})).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/size\s+0\.066 base units = 0\.066 contracts \(rounded down to the 0\.001 lot\)/);
    expect(text).toMatch(/bound\s+the risk budget/);
    expect(text).toMatch(/loss at stop\s+99 quote \(0\.99 % of equity; budget 100\)/);
    expect(c.err).toEqual([]);
  });

  it('--json gives the input and the full result', async () => {
    const c = capture();
    expect(await runCli([...EXAMPLE, '--json', ...NO_DB], c.io, {})).toBe(0);
    const { input, result } = JSON.parse(c.out[0]);
    expect(input).toMatchObject({
      venue: 'binance-usdm',
      risk: { mode: 'percent', value: 1 },
      stop: { mode: 'price', value: 68_500 },
    });
    expect(result).toMatchObject({ size: 0.066, binding: 'risk', notional: 4_620, liquidationPrice: null });
  });

  it('percent stop, fee in percent, isolated: numbers reach the calculator', async () => {
    // Stop 2 % below 70 000 = 68 600; loss per BTC 1 400 + 0.0005·(70 000 + 68 600) = 1 469.3
    // → 100 / 1 469.3 = 0.06806 → 0.068.
    const c = capture();
    const args = [
      'size',
      '--equity',
      '10000',
      '--risk',
      '1%',
      '--entry',
      '70000',
      '--stop',
      '2%',
      '--side',
      'long',
      '--fee',
      '0.05%',
      '--mode',
      'isolated',
      '--venue',
      'binance-usdm',
      '--symbol',
      'BTCUSDT',
      '--json',
    ];
    expect(await runCli([...args, ...NO_DB], c.io, {})).toBe(0);
    expect(JSON.parse(c.out[0]).result).toMatchObject({ stop: 68_600, size: 0.068 });
  });

  it('bad input is a user error naming the option', async () => {
    const cases: Array<[string[], RegExp]> = [
      [EXAMPLE.filter((a, i) => a !== '--entry' && EXAMPLE[i - 1] !== '--entry'), /--entry is required/],
      [[...EXAMPLE, '--leverage', 'lots'], /--leverage: expected a number, got "lots"/],
      [[...EXAMPLE.slice(0, -1), 'DOGEUSDT'], /--mmr: no maintenance tiers shipped for binance-usdm DOGEUSDT/],
      [[...EXAMPLE, '--side', 'short'], /--stop: a short's stop must be above the entry/],
      [[...EXAMPLE, '--wat', '1'], /unknown option "--wat"/],
      [['size', '--equity', '-5', ...EXAMPLE.slice(3)], /--equity: expected a number > 0/],
    ];
    for (const [args, message] of cases) {
      const c = capture();
      expect(await runCli([...args, ...NO_DB], c.io, {}), args.join(' ')).toBe(1);
      expect(c.err.join('\n')).toMatch(message);
    }
  });
});
