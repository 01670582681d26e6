import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TierOverrideRow } from '@shared/ipc/channels/tierOverrides';
import { fakeApi, Providers } from '../../test/fakeApi';
import { TierTables } from './TierTables';
import '../../styles.css';

afterEach(cleanup);

// A Binance USDⓈ-M leverageBracket answer for SOLUSDT (shape of GET /fapi/v1/leverageBracket).
const SOL_BRACKETS = JSON.stringify({
  symbol: 'SOLUSDT',
  brackets: [
    { bracket: 1, initialLeverage: 75, notionalCap: 5000, notionalFloor: 0, maintMarginRatio: 0.01, cum: 0 },
    { bracket: 2, initialLeverage: 50, notionalCap: 25000, notionalFloor: 5000, maintMarginRatio: 0.025, cum: 75 },
  ],
});

/** An in-memory override store behind the tierOverrides channels. */
function renderPanel(initial: TierOverrideRow[] = []) {
  let rows = [...initial];
  const fake = fakeApi((channel, request) => {
    const r = request as { venue: string; symbol: string; tiers?: unknown; source?: string | null };
    if (channel === 'tierOverrides:list') return { ok: true, value: rows };
    if (channel === 'tierOverrides:set') {
      const row = {
        venue: r.venue,
        symbol: r.symbol,
        tiers: r.tiers,
        source: r.source ?? null,
        updatedAt: '2026-11-27T02:00:00.000Z',
      } as TierOverrideRow;
      rows = [...rows.filter((x) => x.symbol !== r.symbol), row];
      return { ok: true, value: row };
    }
    if (channel === 'tierOverrides:remove') {
      const row = rows.find((x) => x.symbol === r.symbol)!;
      rows = rows.filter((x) => x !== row);
      return { ok: true, value: row };
    }
    return undefined;
  });
  render(
    <Providers api={fake.api}>
      <TierTables />
    </Providers>,
  );
  return fake;
}

describe('Maintenance tiers panel (real Chromium)', () => {
  it('lists every shipped table with how it is keyed, its date and source', () => {
    renderPanel();
    const table = screen.getByRole('table', { name: 'Shipped tier tables' });
    const okx = within(table).getByText('BTC-USDT-SWAP').closest('tr')!;
    expect(okx.textContent).toContain('contracts of 0.01');
    expect(okx.textContent).toContain('99');
    expect(okx.textContent).toContain('2026-08-31');
    const gate = within(table).getByText('BTC_USDT').closest('tr')!;
    expect(gate.textContent).toContain('notional (quote)');
    expect(gate.textContent).toContain('bi.live');
  });

  it('reads a pasted Binance answer, previews the tiers and saves them as the override of that symbol', async () => {
    const { calls } = renderPanel();
    fireEvent.change(screen.getByLabelText(/Paste the exchange/), { target: { value: SOL_BRACKETS } });
    fireEvent.click(screen.getByRole('button', { name: 'Read tiers' }));
    const preview = screen.getByRole('table', { name: 'Tiers to save' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3); // header + 2 brackets
    expect(preview.textContent).toContain('2.50');
    expect((screen.getByLabelText('Symbol') as HTMLInputElement).value).toBe('SOLUSDT'); // taken from the answer
    fireEvent.click(screen.getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(calls.some(([c]) => c === 'tierOverrides:set')).toBe(true));
    expect(calls.find(([c]) => c === 'tierOverrides:set')![1]).toEqual({
      venue: 'binance-usdm',
      symbol: 'SOLUSDT',
      source: 'pasted binance answer',
      tiers: [
        { minNotional: 0, maxNotional: 5000, mmr: 0.01, maintenanceAmount: 0, maxLeverage: 75 },
        { minNotional: 5000, maxNotional: 25000, mmr: 0.025, maintenanceAmount: 75, maxLeverage: 50 },
      ],
    });
    const saved = await screen.findByRole('table', { name: 'Tier overrides' });
    expect(within(saved).getByText('SOLUSDT')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Override saved for binance-usdm SOLUSDT/);
  });

  it('says what is wrong with a paste and saves nothing: not JSON, an OKX answer (tiers by contracts)', () => {
    const { calls } = renderPanel();
    const paste = (text: string) => {
      fireEvent.change(screen.getByLabelText(/Paste the exchange/), { target: { value: text } });
      fireEvent.click(screen.getByRole('button', { name: 'Read tiers' }));
      return screen.getByRole('alert').textContent ?? '';
    };
    expect(paste('{ brackets: ')).toMatch(/not JSON/);
    expect(
      paste(
        JSON.stringify({
          code: '0',
          data: [{ tier: '1', minSz: '0', maxSz: '1000', mmr: '0.004', imr: '0.01', maxLever: '100' }],
        }),
      ),
    ).toMatch(/number of contracts/);
    expect((screen.getByRole('button', { name: 'Save override' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.some(([c]) => c === 'tierOverrides:set')).toBe(false);
  });

  it('removes an override and puts it back with Undo', async () => {
    const row: TierOverrideRow = {
      venue: 'bybit',
      symbol: 'SOLUSDT',
      tiers: [{ minNotional: 0, maxNotional: Infinity, mmr: 0.01, maintenanceAmount: 0 }],
      source: 'by hand',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    const { calls } = renderPanel([row]);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the override for bybit SOLUSDT' }));
    await waitFor(() => expect(screen.getByText(/No overrides/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Undo remove' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Tier overrides' })).toBeTruthy());
    expect(calls.filter(([c]) => c === 'tierOverrides:set').map(([, r]) => r)).toEqual([
      { venue: 'bybit', symbol: 'SOLUSDT', tiers: row.tiers, source: 'by hand' },
    ]);
  });
});
