import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookPosition } from '@shared/book/types';
import { sizePosition } from '@shared/sizing/calculator';
import type { PositionInput } from '../../api/queries';
import { makeFormatters } from '../../ui/format';
import { stressTestBook } from '../stress/testBook';
import { SizingView } from './SizingView';
import '../../styles.css';

afterEach(cleanup);

const book = stressTestBook(); // account "Iso": generic, isolated, wallet 0

async function fillTrade() {
  await userEvent.fill(screen.getByLabelText('Free balance'), '10000');
  await userEvent.fill(screen.getByLabelText('Symbol'), 'SOLUSDT');
  await userEvent.fill(screen.getByLabelText('Entry price'), '200');
  await userEvent.fill(screen.getByLabelText('Stop price'), '190');
  await userEvent.fill(screen.getByLabelText('Take-profit (optional)'), '230');
  await userEvent.fill(screen.getByLabelText('Leverage'), '5');
  await userEvent.fill(screen.getByLabelText('Maintenance rate % (optional)'), '1');
}

/** The same trade straight through shared/sizing. */
const expected = () =>
  sizePosition({
    venue: 'generic',
    symbol: 'SOLUSDT',
    marginMode: 'isolated',
    equity: 10_000,
    feeRate: 0.0005,
    risk: { mode: 'percent', value: 1 },
    entry: 200,
    stop: { mode: 'price', value: 190 },
    takeProfit: 230,
    leverage: 5,
    mmr: 0.01,
  });

describe('Sizing screen (real Chromium)', () => {
  it("prefills from the account and shows the calculator's error on the field it names", async () => {
    render(<SizingView book={book} />);
    expect((screen.getByLabelText('Account') as HTMLSelectElement).value).toBe('1');
    expect((screen.getByLabelText('Venue') as HTMLSelectElement).value).toBe('generic');
    await fillTrade();
    await userEvent.fill(screen.getByLabelText('Free balance'), '0');
    const equity = screen.getByLabelText('Free balance');
    expect(equity.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(equity.getAttribute('aria-describedby')!)!.textContent).toContain('> 0');

    await userEvent.fill(screen.getByLabelText('Free balance'), '10000');
    await userEvent.selectOptions(screen.getByLabelText('Side'), 'long');
    await userEvent.fill(screen.getByLabelText('Stop price'), '210');
    const stop = screen.getByLabelText('Stop price');
    expect(stop.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(stop.getAttribute('aria-describedby')!)!.textContent).toContain('below the entry');
  });

  it('sizes live with shared/sizing and adds the position to the account', async () => {
    const sent: PositionInput[] = [];
    const onAdd = async (p: PositionInput) => {
      sent.push(p);
      return { ...p, id: '99', markPrice: p.entryPrice, markSource: 'entry' } as BookPosition;
    };
    render(<SizingView book={book} onAdd={onAdd} />);
    await fillTrade();
    const want = expected();
    const f = makeFormatters('');
    expect(screen.getByTestId('sizing-size').textContent).toContain(`${f.qty(want.contracts)} contracts, long`);
    expect(screen.getByTestId('sizing-lp').textContent).toBe(f.price(want.liquidationPrice));

    await userEvent.click(screen.getByRole('button', { name: 'Add this position' }));
    expect(sent).toEqual([
      {
        accountId: '1',
        symbol: 'SOLUSDT',
        side: 'long',
        contract: 'linear',
        quantity: want.contracts,
        entryPrice: 200,
        leverage: 5,
        stopLoss: 190,
        takeProfit: 230,
        mmr: 0.01,
      },
    ]);
    expect((await screen.findByRole('status')).textContent).toContain('Added SOLUSDT long');
  });

  it("sizes a symbol the engine ships no table for with the user's tier override, as the Book assesses it", async () => {
    const tiers = [{ minNotional: 0, maxNotional: Infinity, mmr: 0.01, maintenanceAmount: 0 }];
    render(<SizingView book={book} overrides={new Map([['generic|SOLUSDT', tiers]])} />);
    await fillTrade();
    await userEvent.clear(screen.getByLabelText('Maintenance rate % (optional)'));
    // No typed rate: the override (1 %) gives exactly what a typed 1 % gives.
    await expect
      .poll(() => screen.getByTestId('sizing-lp').textContent)
      .toBe(makeFormatters('en-US').price(expected().liquidationPrice));
  });

  it('cannot add without an account', async () => {
    render(<SizingView book={book} onAdd={async () => ({}) as BookPosition} />);
    await userEvent.selectOptions(screen.getByLabelText('Account'), '');
    await fillTrade();
    expect(screen.getByTestId('sizing-size')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add this position' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
