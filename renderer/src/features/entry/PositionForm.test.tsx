import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toAccountSpec, type Book, type BookPosition } from '@shared/book/types';
import { assessAccount } from '@shared/engine';
import { makeFormatters } from '../../ui/format';
import { fakeApi, Providers } from '../../test/fakeApi';
import { account, smallBook } from '../../test/fixtures';
import { EntryScreen } from './EntryScreen';
import { PositionForm } from './PositionForm';
import { draftFor } from './positionDraft';
import '../../styles.css';

afterEach(cleanup);

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

function renderForm(answer: Parameters<typeof fakeApi>[0] = () => undefined) {
  const book = smallBook();
  const fake = fakeApi(answer);
  const events = { saved: 0, cancelled: 0 };
  render(
    <Providers api={fake.api}>
      <PositionForm
        book={book}
        initial={draftFor(book.accounts[0])}
        onSaved={() => events.saved++}
        onCancel={() => events.cancelled++}
      />
    </Providers>,
  );
  return { book, ...fake, events };
}

describe('PositionForm (real Chromium)', () => {
  it('shows the LP of the position being typed, as the engine computes it with the account, before saving', () => {
    const { book, calls } = renderForm();
    type('Symbol', 'SOLUSDT');
    type('Quantity (base)', '300');
    type('Entry price', '230');
    type(/Maint\. rate/, '0.01');
    type('Tick size', '0.01');
    const candidate: BookPosition = {
      id: 'x',
      accountId: '1',
      symbol: 'SOLUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 300,
      entryPrice: 230,
      markPrice: 230,
      mmr: 0.01,
      tickSize: 0.01,
      markSource: 'manual',
    };
    const expected = assessAccount(
      toAccountSpec({ ...book.accounts[0], positions: [...book.accounts[0].positions, candidate] }),
    );
    const lp = expected.positions.find((p) => p.id === 'x')!.liquidationPrice;
    expect(screen.getByTestId('live-lp-value').textContent).toBe(makeFormatters('en-US').price(lp, 0.01));
    // Nothing was sent while typing: the LP is computed in the page.
    expect(calls.filter(([c]) => c !== 'settings:all')).toEqual([]);
  });

  it('shows the engine’s objection beside the field, naming the other position by symbol', () => {
    renderForm();
    type('Symbol', 'BTCUSDT');
    type('Quantity (base)', '1');
    type('Entry price', '120000');
    const symbol = screen.getByLabelText('Symbol');
    expect(symbol.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(symbol.getAttribute('aria-describedby')!.split(' ')[0])!.textContent!;
    expect(message).toContain('the BTCUSDT long position');
    expect(message).not.toContain('positions[');
  });

  it('Enter saves through positions.upsert with parsed numbers; Esc cancels', async () => {
    const { calls, events } = renderForm((channel, request) =>
      channel === 'positions:upsert'
        ? { ok: true, value: { ...(request as object), id: '99', markPrice: 1, markSource: 'entry' } }
        : undefined,
    );
    type('Symbol', 'ethusdt');
    type('Quantity (base)', '1,5');
    type('Entry price', '4 200.5');
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'short' } });
    // Enter in a text field submits the form (implicit submission).
    fireEvent.submit(screen.getByLabelText('Entry price').closest('form')!);
    await waitFor(() => expect(events.saved).toBe(1));
    const [, request] = calls.find(([c]) => c === 'positions:upsert')!;
    expect(request).toMatchObject({
      accountId: '1',
      symbol: 'ETHUSDT',
      side: 'short',
      contract: 'linear',
      quantity: 1.5,
      entryPrice: 4200.5,
    });
    fireEvent.keyDown(screen.getByLabelText('Symbol'), { key: 'Escape' });
    expect(events.cancelled).toBe(1);
  });

  it('editing a position keeps the stored fields the form has no input for (imported tiers, open time); a new mmr replaces the tiers', async () => {
    const book = smallBook();
    const tiers = [
      { minNotional: 0, maxNotional: 50_000, mmr: 0.004, maintenanceAmount: 0 },
      { minNotional: 50_000, maxNotional: Infinity, mmr: 0.01, maintenanceAmount: 300 },
    ];
    const stored: BookPosition = { ...book.accounts[0].positions[1], tiers, openedAt: '2026-10-10T08:00:00.000Z' };
    book.accounts[0].positions[1] = stored;
    const fake = fakeApi((channel, request) =>
      channel === 'positions:upsert'
        ? { ok: true, value: { ...(request as object), id: '12', markPrice: 4_500, markSource: 'manual' } }
        : undefined,
    );
    render(
      <Providers api={fake.api}>
        <PositionForm book={book} initial={draftFor(book.accounts[0], stored)} onSaved={() => {}} onCancel={() => {}} />
      </Providers>,
    );
    // The live LP is computed with the stored tiers, as it will be once saved.
    const expected = assessAccount(toAccountSpec(book.accounts[0])).positions[1].liquidationPrice;
    expect(screen.getByTestId('live-lp-value').textContent).toBe(makeFormatters('en-US').price(expected, 0.01));
    type('Stop loss', '3900');
    fireEvent.submit(screen.getByLabelText('Symbol').closest('form')!);
    await waitFor(() => expect(fake.calls.some(([c]) => c === 'positions:upsert')).toBe(true));
    expect(fake.calls.find(([c]) => c === 'positions:upsert')![1]).toMatchObject({
      id: '12',
      stopLoss: 3900,
      tiers,
      openedAt: '2026-10-10T08:00:00.000Z',
    });

    // Another symbol does not take this one's tiers along (the open time stays).
    fake.calls.length = 0;
    type('Symbol', 'SOLUSDT');
    fireEvent.submit(screen.getByLabelText('Symbol').closest('form')!);
    await waitFor(() => expect(fake.calls.some(([c]) => c === 'positions:upsert')).toBe(true));
    const moved = fake.calls.find(([c]) => c === 'positions:upsert')![1] as Record<string, unknown>;
    expect(moved).toMatchObject({ symbol: 'SOLUSDT', openedAt: '2026-10-10T08:00:00.000Z' });
    expect(moved.tiers).toBeUndefined();
    type('Symbol', 'ETHUSDT');

    // Typing a maintenance rate means "use this rate": the stored tiers are not sent again.
    fake.calls.length = 0;
    type(/Maint\. rate/, '0.02');
    fireEvent.submit(screen.getByLabelText('Symbol').closest('form')!);
    await waitFor(() => expect(fake.calls.some(([c]) => c === 'positions:upsert')).toBe(true));
    const second = fake.calls.find(([c]) => c === 'positions:upsert')![1] as Record<string, unknown>;
    expect(second.mmr).toBe(0.02);
    expect(second.tiers).toBeUndefined();
  });

  it('an inverse symbol Cascade knows gets its venue contract size in the field (100 USD on OKX BTC-USD-SWAP), not the engine default of 1', () => {
    const book: Book = {
      accounts: [account({ id: '7', name: 'OKX coin', venue: 'okx', marginMode: 'isolated', walletBalance: 1 })],
    };
    render(
      <Providers api={fakeApi(() => undefined).api}>
        <PositionForm
          book={book}
          initial={{ ...draftFor(book.accounts[0]), contract: 'inverse' }}
          onSaved={() => {}}
          onCancel={() => {}}
        />
      </Providers>,
    );
    type('Symbol', 'BTC-USD-SWAP');
    expect((screen.getByLabelText('Contract size (USD)') as HTMLInputElement).value).toBe('100');
    // A size the trader typed is never replaced.
    type('Contract size (USD)', '10');
    type('Symbol', 'BTC-USD-SWAP ');
    expect((screen.getByLabelText('Contract size (USD)') as HTMLInputElement).value).toBe('10');
  });

  it('puts a bad number’s error next to its field and sends nothing', () => {
    const { calls } = renderForm();
    type('Symbol', 'BTCUSDT');
    type('Quantity (base)', 'abc');
    fireEvent.submit(screen.getByLabelText('Symbol').closest('form')!);
    const input = screen.getByLabelText('Quantity (base)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(described.textContent).toBe('expected a number, got "abc"');
    expect(screen.getByLabelText('Entry price').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some(([c]) => c === 'positions:upsert')).toBe(false);
  });

  it('shows the IPC’s zod issues beside their fields', async () => {
    renderForm((channel) =>
      channel === 'positions:upsert'
        ? {
            ok: false,
            error: {
              code: 'invalid-request',
              message: 'invalid positions:upsert request',
              issues: [{ path: 'leverage', message: 'expected a finite positive number, got -3' }],
            },
          }
        : undefined,
    );
    type('Symbol', 'BTCUSDT');
    type('Quantity (base)', '1');
    type('Entry price', '100000');
    type('Leverage', '-3');
    fireEvent.submit(screen.getByLabelText('Symbol').closest('form')!);
    await waitFor(() => expect(screen.getByLabelText('Leverage').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('expected a finite positive number, got -3')).toBeTruthy();
  });
});

describe('EntryScreen delete with undo (real Chromium)', () => {
  it('deletes a position and restores it with Undo', async () => {
    const book = smallBook();
    const removed = book.accounts[0].positions[1];
    const { api, calls } = fakeApi((channel) => {
      if (channel === 'book:get') return { ok: true, value: book };
      if (channel === 'positions:remove') return { ok: true, value: removed };
      if (channel === 'positions:restore') return { ok: true, value: removed };
      return undefined;
    });
    render(
      <Providers api={api}>
        <EntryScreen />
      </Providers>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete ETHUSDT long' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(calls).toContainEqual(['positions:remove', { id: '12' }]);
    fireEvent.click(undo);
    await waitFor(() => expect(calls.some(([c]) => c === 'positions:restore')).toBe(true));
    expect(calls.find(([c]) => c === 'positions:restore')![1]).toMatchObject({ id: '12', symbol: 'ETHUSDT' });
  });
});
