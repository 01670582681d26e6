import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Book } from '@shared/book/types';
import type { AlertEvent } from '@shared/alerts/schema';
import { App } from '../App';
import { bigBook, smallBook } from '../test/fixtures';
import '../styles.css';
import { PRICE_REFRESH_MS } from './useMainEvents';
import { fakeEvents, fakeTransport } from '../features/alerts/testing';

afterEach(cleanup);

function fired(id: string, positionId: string | null = '21'): AlertEvent {
  return {
    id,
    ruleId: '1',
    kind: 'distance-below',
    subject: `position:${positionId}`,
    positionId,
    accountId: '2',
    symbol: 'BTCUSDT',
    value: 3.2,
    threshold: 5,
    stale: false,
    title: `liquidation 3.20 % away — short BTCUSDT in Degen iso (#${id})`,
    body: 'mark 126,000.0, liquidation 130,032.0: distance to liquidation 3.20 %, below your 5.00 % alert.',
    firedAt: '2026-11-27T00:20:00.000Z',
    acknowledgedAt: null,
  };
}

/** The whole app over a fake transport plus fake `cascade.events`, as the preload installs them. */
function setup(book: Book = smallBook(), stale: string[] = []) {
  const history: AlertEvent[] = [];
  const t = fakeTransport((channel) => {
    if (channel === 'book:get') return { ok: true, value: book };
    if (channel === 'feed:status') return { ok: true, value: { enabled: true, venues: [], stale } };
    if (channel === 'alerts:history:list') return { ok: true, value: [...history] }; // a fresh array, as over IPC
    if (channel === 'alerts:rules:list') return { ok: true, value: [] };
    return undefined;
  });
  const ev = fakeEvents();
  const api = { ...t.api, events: ev.events };
  const view = render(<App api={api} />);
  return { ...t, ...ev, history, view };
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-position-id="${id}"]`);
const staleBadge = (id: string) => row(id)?.querySelector('[data-testid="mark-stale"]') ?? null;

describe('main → page events (real Chromium)', () => {
  it('marks the mark price of positions whose symbol is stale: seeded from feed.status, then onStale', async () => {
    const book = smallBook();
    book.accounts[0].positions[1].markSource = 'feed'; // ETH
    book.accounts[1].positions[0].markSource = 'entry'; // BTC short
    const s = setup(book, ['BTCUSDT']);
    await waitFor(() => expect(staleBadge('11')).toBeTruthy());
    expect(staleBadge('21')).toBeTruthy(); // same symbol, other account
    expect(staleBadge('12')).toBeNull();
    expect(staleBadge('11')!.textContent).toBe('stale price');

    s.emit('onStale', ['ETHUSDT']);
    await waitFor(() => expect(staleBadge('12')).toBeTruthy());
    expect(staleBadge('11')).toBeNull();
    expect(staleBadge('21')).toBeNull();

    // The mark source beside the price: manual / live feed / entry stand-in.
    const source = (id: string) => row(id)!.querySelector<HTMLElement>('[data-mark-source]')!.dataset.markSource;
    expect([source('11'), source('12'), source('21')]).toEqual(['manual', 'feed', 'entry']);
    expect(row('21')!.textContent).toContain('no price stored: the entry price stands in');

    s.emit('onStale', []);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="mark-stale"]')).toHaveLength(0));
  });

  it('a clicked notification (onFocusPosition) switches to the Book and highlights the row', async () => {
    const s = setup();
    await waitFor(() => expect(row('21')).toBeTruthy());
    await userEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await screen.findByRole('region', { name: 'History' });
    expect(row('21')).toBeNull();
    s.emit('onFocusPosition', { positionId: '21', alertId: '3' });
    expect((await screen.findByRole('tab', { name: 'Book', selected: true })).id).toBe('tab-book');
    await waitFor(() => expect(row('21')?.className).toContain('row-focused'));
    expect(row('21')!.getAttribute('aria-current')).toBe('true');
    expect(row('11')!.className).not.toContain('row-focused');
    // An alert about no single position only brings the Book forward.
    await userEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    s.emit('onFocusPosition', { positionId: null, alertId: '4' });
    await screen.findByRole('tab', { name: 'Book', selected: true });
  });

  it('lifts the Book’s account filter when the focused position is in another account', async () => {
    const s = setup();
    await waitFor(() => expect(row('21')).toBeTruthy());
    await userEvent.click(document.querySelector<HTMLElement>('[data-account-id="1"]')!);
    await waitFor(() => expect(row('21')).toBeNull());
    s.emit('onFocusPosition', { positionId: '21', alertId: '5' });
    await waitFor(() => expect(row('21')?.className).toContain('row-focused'));
    expect(document.querySelector('[data-account-id=""]')!.getAttribute('aria-checked')).toBe('true');
    expect(row('11')!.className).not.toContain('row-focused');
  });

  it('scrolls the virtualised Book to a focused position far down the list', async () => {
    const s = setup(bigBook(3_000));
    await waitFor(() => expect(document.querySelectorAll('[data-position-id]').length).toBeGreaterThan(5));
    const target = 'p2999';
    // Pick a position that is not rendered (outside the virtual window) before the focus.
    expect(row(target)).toBeNull();
    s.emit('onFocusPosition', { positionId: target, alertId: null });
    await waitFor(() => expect(row(target)?.className).toContain('row-focused'));
    const scroller = document.querySelector<HTMLElement>('.book-scroll')!.getBoundingClientRect();
    const r = row(target)!.getBoundingClientRect();
    expect(r.top).toBeGreaterThanOrEqual(scroller.top - 1);
    expect(r.bottom).toBeLessThanOrEqual(scroller.bottom + 1);
  });

  it('onAlerts on the Alerts screen: the history is read again and announced, no banner over it', async () => {
    const s = setup();
    await userEvent.click(await screen.findByRole('tab', { name: 'Alerts' }));
    await screen.findByText('No alerts have fired.');
    const before = s.count('alerts:history:list');
    s.history.unshift(fired('7'));
    s.emit('onAlerts', [fired('7')]);
    await waitFor(() => expect(document.querySelector('[data-alert-id="7"]')).toBeTruthy());
    expect(s.count('alerts:history:list')).toBeGreaterThan(before);
    expect(screen.getByTestId('unacked-status').textContent).toBe('1 unacknowledged alert');
    // The tab says so from anywhere.
    await waitFor(() =>
      expect(
        within(screen.getByRole('tab', { name: /Alerts/ })).getByLabelText('1 unacknowledged alerts').textContent,
      ).toBe('1'),
    );
    expect(screen.queryByRole('complementary', { name: 'New alerts' })).toBeNull();
    // Seen there, it does not pop up on the next screen.
    await userEvent.click(screen.getByRole('tab', { name: 'Book' }));
    await screen.findByRole('tab', { name: 'Book', selected: true });
    expect(screen.queryByRole('complementary', { name: 'New alerts' })).toBeNull();
  });

  it('onAlerts elsewhere: a banner announces the alerts; Dismiss, Open alerts, Show position', async () => {
    const s = setup();
    await waitFor(() => expect(row('21')).toBeTruthy());
    s.emit('onAlerts', [fired('7')]);
    const banner = await screen.findByRole('complementary', { name: 'New alerts' });
    expect(within(banner).getByRole('alert').textContent).toContain(
      'liquidation 3.20 % away — short BTCUSDT in Degen iso (#7)',
    );
    expect(within(banner).getByRole('alert').textContent).toContain('below your 5.00 % alert');

    s.emit('onAlerts', [fired('8', null)]);
    await waitFor(() => expect(within(banner).getByRole('alert').textContent).toContain('2 new alerts'));
    // A burst larger than the list: the count is the true total, the rest summarised.
    s.emit(
      'onAlerts',
      [10, 11, 12, 13, 14].map((n) => fired(String(n), null)),
    );
    await waitFor(() => expect(within(banner).getByRole('alert').textContent).toContain('7 new alerts'));
    expect(
      within(banner)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toHaveLength(6);
    expect(within(banner).getByText('and 2 more (see Alerts)')).toBeTruthy();
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'New alerts' })).toBeNull();

    s.emit('onAlerts', [fired('15', null)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Open alerts' }));
    await screen.findByRole('tab', { name: 'Alerts', selected: true });
    expect(screen.queryByRole('complementary', { name: 'New alerts' })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Book' }));

    s.emit('onAlerts', [fired('9')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Show position' }));
    await screen.findByRole('tab', { name: 'Book', selected: true });
    await waitFor(() => expect(row('21')?.className).toContain('row-focused'));
    expect(screen.queryByRole('complementary', { name: 'New alerts' })).toBeNull();
  });

  it('onPrices: a burst of batches re-reads the book once at once and once more after the throttle window', async () => {
    const s = setup();
    await waitFor(() => expect(row('11')).toBeTruthy());
    await new Promise((r) => setTimeout(r, PRICE_REFRESH_MS + 50)); // start outside any window
    const before = s.count('book:get');
    const batch = [
      { venue: 'binance' as const, symbol: 'BTCUSDT', mark: 126_100, fundingRate: 0.0001, at: Date.now() },
    ];
    for (let i = 0; i < 10; i++) s.emit('onPrices', batch);
    await waitFor(() => expect(s.count('book:get')).toBe(before + 1));
    await new Promise((r) => setTimeout(r, PRICE_REFRESH_MS / 2));
    expect(s.count('book:get')).toBe(before + 1);
    await waitFor(() => expect(s.count('book:get')).toBe(before + 2), { timeout: PRICE_REFRESH_MS * 3 });
    await new Promise((r) => setTimeout(r, PRICE_REFRESH_MS + 100));
    expect(s.count('book:get')).toBe(before + 2);
  });

  it('detaches every listener when the window goes away; without cascade.events nothing subscribes', async () => {
    const s = setup();
    await waitFor(() => expect(s.subscribers('onFocusPosition')).toBe(1));
    expect([s.subscribers('onAlerts'), s.subscribers('onPrices'), s.subscribers('onStale')]).toEqual([1, 1, 1]);
    s.view.unmount();
    expect([
      s.subscribers('onFocusPosition'),
      s.subscribers('onAlerts'),
      s.subscribers('onPrices'),
      s.subscribers('onStale'),
    ]).toEqual([0, 0, 0, 0]);

    // The E2E bridge has no events: the app still runs and does not ask for the feed status.
    const t = fakeTransport((channel) => (channel === 'book:get' ? { ok: true, value: smallBook() } : undefined));
    render(<App api={t.api} />);
    await waitFor(() => expect(row('11')).toBeTruthy());
    expect(staleBadge('11')).toBeNull();
    expect(t.count('feed:status')).toBe(0);
  });
});
