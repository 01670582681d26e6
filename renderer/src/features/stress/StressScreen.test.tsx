import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Book } from '@shared/book/types';
import { channels } from '@shared/ipc/channels';
import { fundingDrift } from '@shared/stress/funding';
import { crashPresets, presetBtcMove } from '@shared/stress/presets';
import { scenarioSchema } from '@shared/stress/scenario';
import { survivalPlan } from '@shared/stress/survive';
import { cascadeLadder } from '@shared/stress/ladder';
import { bookLiquidationProbability, volatilityDistances } from '@shared/stress/volatility';
import { toAccountSpec } from '@shared/book/types';
import { fakeApi, Providers } from '../../test/fakeApi';
import { StressScreen } from './StressScreen';
import { StressView } from './StressView';
import type { EquityChartData } from './EquityChart';
import { stressTestBook } from './testBook';
import '../../styles.css';

afterEach(cleanup);

function withApi(book: Book, scenarios: unknown[] = []) {
  const { api, calls } = fakeApi((channel, request) => {
    if (channel === 'book:get') return { ok: true, value: book };
    if (channel === 'scenarios:list') return { ok: true, value: scenarios };
    if (channel === 'scenarios:upsert') {
      const r = request as { name: string; payload: Record<string, unknown> };
      return {
        ok: true,
        value: {
          id: '7',
          name: r.name,
          payload: r.payload,
          createdAt: '2026-11-26T00:00:00Z',
          updatedAt: '2026-11-26T00:00:00Z',
        },
      };
    }
    return undefined;
  });
  render(
    <Providers api={api}>
      <StressScreen />
    </Providers>,
  );
  return calls;
}

describe('Stress screen wiring (real Chromium)', () => {
  it("offers shared/stress's crash presets and the saved scenarios", async () => {
    withApi(stressTestBook(), [
      {
        id: '3',
        name: 'My weekend',
        payload: { name: 'My weekend', btcMove: -0.2, stressCorrelation: 0.5, horizonDays: 2 },
        createdAt: 'x',
        updatedAt: 'x',
      },
    ]);
    const picker = (await screen.findByRole('combobox', { name: 'Preset' })) as HTMLSelectElement;
    await waitFor(() => expect(within(picker).getByRole('option', { name: 'My weekend' })).toBeTruthy());
    const crash = within(picker).getByRole('group', { name: 'Crashes' });
    expect(within(crash).getAllByRole('option')).toHaveLength(crashPresets.length);
    const seed = crashPresets[0];
    await userEvent.selectOptions(picker, `crash:${seed.id}`);
    const expectedPct = Math.round(presetBtcMove(seed) * 100);
    expect((screen.getByRole('slider', { name: 'BTC move' }) as HTMLInputElement).value).toBe(String(expectedPct));
    await userEvent.selectOptions(picker, 'saved:3');
    expect(screen.getByRole('slider', { name: 'BTC move' }).getAttribute('aria-valuetext')).toBe('BTC −20 %');
    expect((screen.getByRole('slider', { name: 'Horizon' }) as HTMLInputElement).value).toBe('2');
  });

  it('saves the current settings as a scenario in the stored shape', async () => {
    const calls = withApi(stressTestBook());
    const btc = await screen.findByRole('slider', { name: 'BTC move' });
    fireEvent.change(btc, { target: { value: '-30' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Stress correlation' }), { target: { value: '40' } });
    await userEvent.fill(screen.getByLabelText('Scenario name'), 'Thirty down');
    await userEvent.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await screen.findByText('Saved “Thirty down”.');
    const upsert = calls.find(([c]) => c === 'scenarios:upsert')![1] as {
      name: string;
      payload: Record<string, unknown>;
    };
    expect(upsert.name).toBe('Thirty down');
    // The request as main validates it (shared/ipc scenarios:upsert), payload = a full scenario.
    expect(channels.scenarios.upsert.request.parse(upsert)).toBeTruthy();
    expect(scenarioSchema.parse(upsert.payload)).toMatchObject({
      name: 'Thirty down',
      btcMove: -0.3,
      stressCorrelation: 0.4,
      horizonDays: 0,
    });
  });
});

describe('Stress model details (real Chromium)', () => {
  it('kills a cross account as a whole: its positions share one rung and one chart marker', () => {
    const book = stressTestBook();
    const cross = book.accounts[1];
    cross.positions.push({
      ...cross.positions[0],
      id: '22',
      symbol: 'ETHUSDT',
      quantity: 5,
      entryPrice: 4000,
      markPrice: 4000,
    });
    const seen: EquityChartData[] = [];
    render(<StressView book={book} presets={[]} initial={{ betas: { ETH: 1 } }} onChartData={(d) => seen.push(d)} />);
    const rows = screen.getAllByTestId('ladder-row').filter((r) => ['21', '22'].includes(r.dataset.positionId!));
    expect(rows).toHaveLength(2);
    expect(rows[0].dataset.move).toBe(rows[1].dataset.move);
    const at = Number(rows[0].dataset.move) * 100;
    expect(seen.at(-1)!.markers.filter((m) => m.time === at)).toHaveLength(1);
  });

  it('moves the ladder with funding drift: the isolated LP after the horizon is fundingDrift’s', () => {
    const book = stressTestBook();
    render(
      <StressView
        book={book}
        presets={[]}
        initial={{ betas: { ETH: 1 }, horizonHours: 10 * 24, fundingRate8h: 0.001 }}
      />,
    );
    const after = fundingDrift(toAccountSpec(book.accounts[0]), {
      fundingRates: { BTCUSDT: 0.001, 'BTC-PERP': 0.001, XBTUSDT: 0.001, ETHUSDT: 0.001 },
      horizonHours: 240,
    });
    const row11 = after.rows.find((r) => r.positionId === '11')!;
    expect(row11.liquidationPriceAfter).toBeGreaterThan(row11.liquidationPriceNow!); // a long paying funding: LP closer
    const ladderRow = screen.getAllByTestId('ladder-row').find((r) => r.dataset.positionId === '11')!;
    expect(Number(ladderRow.dataset.move)).toBeCloseTo(row11.liquidationPriceAfter! / 100_000 - 1, 9);
  });

  it('answers what it takes to survive the slider move, on demand', async () => {
    const book = stressTestBook();
    render(<StressView book={book} presets={[]} initial={{ betas: { ETH: 1 } }} />);
    fireEvent.change(screen.getByRole('slider', { name: 'BTC move' }), { target: { value: '-44' } });
    await userEvent.click(screen.getByRole('button', { name: 'What it takes to survive BTC −44.0 %' }));
    const plan = survivalPlan(book, { move: -0.44, betas: { ETH: 1 }, stressCorrelation: 0 });
    const dying = plan.accounts.filter((a) => !a.survives).map((a) => a.accountId);
    expect(dying).toEqual(['1', '2']); // Iso loses 11 and 13, the cross account dies at −29.6 %
    expect(screen.getAllByTestId('survival-row').map((r) => r.dataset.accountId)).toEqual(dying);
    const cross = plan.accounts.find((a) => a.accountId === '2')!;
    // Hand check: surviving −44 % needs wallet ≥ q·E − q·P·(1 − mmr) with P = 56 000 → 100 000 − 55 720 = 44 280, so +14 280 on 30 000.
    expect(cross.extraCollateral).toBeCloseTo(14_280, 0);
    const row = screen.getAllByTestId('survival-row').find((r) => r.dataset.accountId === '2')!;
    expect(row.textContent).toContain(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
        cross.extraCollateral,
      ),
    );
  });

  it('shows σ distance, touch probability and the book’s first-liquidation chance when BTC’s volatility is known', () => {
    const book = stressTestBook();
    const volatility = { BTC: 0.6 };
    render(
      <StressView
        book={book}
        presets={[]}
        volatility={volatility}
        initial={{ betas: { ETH: 1 }, horizonHours: 7 * 24 }}
      />,
    );
    const expected = bookLiquidationProbability(cascadeLadder(book, { betas: { ETH: 1 } }), {
      btcVolatility: 0.6,
      horizonDays: 7,
    }).probability;
    expect(expected).toBeGreaterThan(0);
    expect(screen.getByTestId('first-liquidation').textContent).toBe(
      `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(expected * 100)} %`,
    );
    // Hand check of one row: BTC long 10× at 100 000, LP ≈ 90 452: |ln(LP/P)| / (0.6 · √(7/365)).
    const row = screen.getAllByTestId('stress-row').find((r) => r.dataset.positionId === '11')!;
    const lp = volatilityDistances(toAccountSpec(book.accounts[0]), { btcVolatility: 0.6, horizonDays: 7 })[0]
      .liquidationPrice!;
    const sigmas = Math.abs(Math.log(lp / 100_000)) / (0.6 * Math.sqrt(7 / 365));
    expect(row.textContent).toContain(new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 }).format(sigmas));
  });

  it('models stops when asked: a stop that fills before the LP closes the position, one that gaps through it is flagged', async () => {
    const book = stressTestBook();
    const iso = book.accounts[0].positions;
    iso[1].stopLoss = 60_000; // 2× long, LP ≈ 50 251: fills at 58 800, short of the LP
    iso[0].stopLoss = 91_000; // 10× long, LP ≈ 90 452: fills at 89 180, beyond the LP
    render(<StressView book={book} presets={[]} initial={{ betas: { ETH: 1 } }} />);
    expect(screen.getAllByTestId('ladder-row').every((r) => r.dataset.kind === 'liquidation')).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Model stops' }));
    expect(screen.getByRole('slider', { name: 'Stop slippage' }).getAttribute('aria-valuetext')).toBe(
      '2 % beyond the trigger',
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('ladder-row').find((r) => r.dataset.positionId === '12')!.dataset.kind).toBe('stop'),
    );
    const byId = (id: string) => screen.getAllByTestId('ladder-row').find((r) => r.dataset.positionId === id)!;
    expect(Number(byId('12').dataset.move)).toBeCloseTo(60_000 / 100_000 - 1, 12);
    expect(byId('11').dataset.kind).toBe('stop-gapped');
    fireEvent.change(screen.getByRole('slider', { name: 'BTC move' }), { target: { value: '-44' } });
    expect(byId('12').dataset.state).toBe('stopped');
    expect(byId('11').dataset.state).toBe('liquidated');
    expect(byId('11').textContent).toContain('liquidated (stop gapped)');
    const row12 = screen.getAllByTestId('stress-row').find((r) => r.dataset.positionId === '12')!;
    expect(row12.dataset.state).toBe('stopped');
  });
});
