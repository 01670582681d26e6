import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AlertEvent } from '@shared/alerts/schema';
import { Providers } from '../../test/fakeApi';
import '../../styles.css';
import { HistoryPanel } from './HistoryPanel';
import { fakeTransport } from './testing';

afterEach(cleanup);

function event(id: string, patch: Partial<AlertEvent> = {}): AlertEvent {
  return {
    id,
    ruleId: '1',
    kind: 'distance-below',
    subject: 'position:11',
    positionId: '11',
    accountId: '1',
    symbol: 'BTCUSDT',
    value: 4.9,
    threshold: 5,
    stale: false,
    title: `liquidation 4.90 % away — long BTCUSDT in Main (#${id})`,
    body: 'mark 57,312.4, liquidation 54,504.3: distance to liquidation 4.90 %, below your 5.00 % alert.',
    firedAt: '2026-11-27T00:10:00.000Z',
    acknowledgedAt: null,
    ...patch,
  };
}

/** A small in-memory history that honours acknowledge and clear like the repository does. */
function setup(initial: AlertEvent[]) {
  let history = [...initial];
  const shown: string[] = [];
  const t = fakeTransport((channel, request) => {
    const req = request as { ids?: string[]; acknowledgedOnly?: boolean; unacknowledgedOnly?: boolean };
    if (channel === 'alerts:history:list')
      return { ok: true, value: req.unacknowledgedOnly ? history.filter((e) => !e.acknowledgedAt) : history };
    if (channel === 'alerts:history:acknowledge') {
      let n = 0;
      history = history.map((e) =>
        !e.acknowledgedAt && (!req.ids || req.ids.includes(e.id))
          ? (n++, { ...e, acknowledgedAt: '2026-11-27T00:11:00.000Z' })
          : e,
      );
      return { ok: true, value: { acknowledged: n } };
    }
    if (channel === 'alerts:history:clear') {
      const before = history.length;
      history = req.acknowledgedOnly ? history.filter((e) => !e.acknowledgedAt) : [];
      return { ok: true, value: { cleared: before - history.length } };
    }
    return undefined;
  });
  render(
    <Providers api={t.api}>
      <HistoryPanel onShowPosition={(id) => shown.push(id)} />
    </Providers>,
  );
  return { ...t, shown };
}

const items = () => [...document.querySelectorAll<HTMLElement>('[data-alert-id]')];
const item = (id: string) => document.querySelector<HTMLElement>(`[data-alert-id="${id}"]`)!;

describe('alert history (real Chromium)', () => {
  it('renders fired alerts newest first with their numbers, a stale mark and the unacknowledged count', async () => {
    setup([event('3', { stale: true }), event('2'), event('1', { acknowledgedAt: '2026-11-27T00:05:00.000Z' })]);
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items().map((el) => el.dataset.alertId)).toEqual(['3', '2', '1']);
    expect(item('3').textContent).toContain('distance to liquidation 4.90 %, below your 5.00 % alert');
    expect(within(item('3')).getByText('stale price')).toBeTruthy();
    expect(within(item('2')).queryByText('stale price')).toBeNull();
    expect(within(item('1')).getByText('acknowledged')).toBeTruthy();
    expect(within(item('1')).queryByRole('button', { name: /^Acknowledge/ })).toBeNull();
    expect(screen.getByLabelText('2 unacknowledged').textContent).toBe('2');
    expect(item('3').querySelector('time')!.getAttribute('dateTime')).toBe('2026-11-27T00:10:00.000Z');
  });

  it('acknowledges one by id, then all (no ids), and filters to the unacknowledged', async () => {
    const t = setup([event('3'), event('2'), event('1')]);
    await waitFor(() => expect(items()).toHaveLength(3));
    await userEvent.click(within(item('2')).getByRole('button', { name: /^Acknowledge/ }));
    await waitFor(() => expect(within(item('2')).getByText('acknowledged')).toBeTruthy());
    expect(t.calls).toContainEqual(['alerts:history:acknowledge', { ids: ['2'] }]);

    await userEvent.click(screen.getByLabelText('Unacknowledged only'));
    await waitFor(() => expect(items().map((el) => el.dataset.alertId)).toEqual(['3', '1']));
    expect(t.calls).toContainEqual(['alerts:history:list', { limit: 500, unacknowledgedOnly: true }]);

    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge all' }));
    await waitFor(() => expect(screen.getByText('Nothing to acknowledge.')).toBeTruthy());
    expect(t.calls).toContainEqual(['alerts:history:acknowledge', {}]);
    expect((screen.getByRole('button', { name: 'Acknowledge all' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('clears the acknowledged ones, and everything only after confirming', async () => {
    const t = setup([event('3'), event('2'), event('1', { acknowledgedAt: '2026-11-27T00:05:00.000Z' })]);
    await waitFor(() => expect(items()).toHaveLength(3));
    await userEvent.click(screen.getByRole('button', { name: 'Clear acknowledged' }));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(t.calls).toContainEqual(['alerts:history:clear', { acknowledgedOnly: true }]);
    expect(screen.getByText('1 cleared.').getAttribute('role')).toBe('status');

    await userEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    // Nothing deleted yet: the confirmation takes focus; "Keep" backs out.
    expect(
      t.calls.filter(
        ([c, r]) => c === 'alerts:history:clear' && !(r as { acknowledgedOnly: boolean }).acknowledgedOnly,
      ),
    ).toEqual([]);
    expect(document.activeElement?.textContent).toBe('Yes, clear all');
    await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(items()).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('No alerts have fired.')).toBeTruthy());
    expect(t.calls).toContainEqual(['alerts:history:clear', { acknowledgedOnly: false }]);
  });

  it('"Show" hands the alert’s position to the caller (only alerts about one position have it)', async () => {
    const t = setup([
      event('5', { positionId: '21' }),
      event('4', { positionId: null, kind: 'price-cross', subject: 'symbol:BTCUSDT' }),
    ]);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(within(item('4')).queryByRole('button', { name: /^Show/ })).toBeNull();
    await userEvent.click(within(item('5')).getByRole('button', { name: /^Show/ }));
    expect(t.shown).toEqual(['21']);
  });

  it('a failing history reads as a message', async () => {
    const t = fakeTransport((channel) =>
      channel === 'alerts:history:list'
        ? { ok: false, error: { code: 'internal', message: 'database is locked' } }
        : undefined,
    );
    render(
      <Providers api={t.api}>
        <HistoryPanel onShowPosition={() => {}} />
      </Providers>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Cannot load the alert history: database is locked');
  });
});
