import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FeedSettings } from '@shared/settings/feed';
import type { FeedStatus } from '@shared/ipc/channels/feed';
import { Providers } from '../../test/fakeApi';
import '../../styles.css';
import { AlertSettingsPanel } from './AlertSettingsPanel';
import { FeedPanel } from './FeedPanel';
import { LiveProvider } from '../../live/live';
import { fakeTransport } from './testing';

afterEach(cleanup);

const STATUS: FeedStatus = {
  enabled: true,
  venues: [
    {
      venue: 'binance',
      state: 'open',
      symbols: ['BTCUSDT', 'ETHUSDT'],
      messages: 120,
      ticks: 118,
      invalid: 2,
      reconnects: 1,
    },
    { venue: 'okx', state: 'waiting', symbols: ['SOLUSDT'], messages: 3, ticks: 3, invalid: 0, reconnects: 4 },
  ],
  stale: ['ETHUSDT', 'SOLUSDT'],
};

function setup(initial: FeedSettings = { enabled: true, staleAfterSeconds: 30, persistEverySeconds: 10 }) {
  let settings = { ...initial };
  let alerts = { notifications: true, startAtLogin: false };
  const t = fakeTransport((channel, request) => {
    if (channel === 'feed:settings:get') return { ok: true, value: settings };
    if (channel === 'feed:settings:set') {
      settings = { ...settings, ...(request as Partial<FeedSettings>) };
      return { ok: true, value: settings };
    }
    if (channel === 'feed:status')
      return { ok: true, value: settings.enabled ? STATUS : { enabled: false, venues: [], stale: [] } };
    if (channel === 'alerts:settings:get') return { ok: true, value: alerts };
    if (channel === 'alerts:settings:set') {
      alerts = { ...alerts, ...(request as object) };
      return { ok: true, value: alerts };
    }
    return undefined;
  });
  render(
    <Providers api={t.api}>
      <LiveProvider>
        <AlertSettingsPanel />
        <FeedPanel />
      </LiveProvider>
    </Providers>,
  );
  return t;
}

const venueRow = (venue: string) => document.querySelector<HTMLElement>(`[data-venue="${venue}"]`)!;

describe('live feed and notification settings (real Chromium)', () => {
  it('shows per venue the connection and which symbols are live or stale', async () => {
    setup();
    await waitFor(() => expect(venueRow('binance')).toBeTruthy());
    expect(within(venueRow('binance')).getByText('connected')).toBeTruthy();
    expect(within(venueRow('okx')).getByText('reconnecting (waiting)')).toBeTruthy();
    const sym = (s: string) => document.querySelector<HTMLElement>(`[data-symbol="${s}"]`)!;
    await waitFor(() => expect(sym('ETHUSDT').textContent).toBe('ETHUSDT stale'));
    expect(sym('BTCUSDT').textContent).toBe('BTCUSDT live');
    expect(sym('SOLUSDT').className).toContain('is-stale');
    expect(venueRow('okx').textContent).toContain('4'); // reconnects
  });

  it('switches the feed and notifications by checkbox, sending only the changed key', async () => {
    const t = setup({ enabled: false, staleAfterSeconds: 30, persistEverySeconds: 10 });
    const feed = await screen.findByLabelText(/Follow live mark prices/);
    await waitFor(() => expect((feed as HTMLInputElement).disabled).toBe(false));
    await userEvent.click(feed);
    await waitFor(() => expect(t.calls).toContainEqual(['feed:settings:set', { enabled: true }]));
    await waitFor(() => expect(venueRow('binance')).toBeTruthy());

    const notif = screen.getByLabelText('Desktop notifications') as HTMLInputElement;
    await waitFor(() => expect(notif.checked).toBe(true));
    await userEvent.click(notif);
    await waitFor(() => expect(notif.checked).toBe(false));
    expect(t.calls).toContainEqual(['alerts:settings:set', { notifications: false }]);
    await userEvent.click(screen.getByLabelText(/Start Cascade at login/));
    await waitFor(() => expect(t.calls).toContainEqual(['alerts:settings:set', { startAtLogin: true }]));
  });

  it('puts main’s objection to the stale window next to its field', async () => {
    const t = setup();
    const stale = (await screen.findByLabelText('Stale after (seconds)')) as HTMLInputElement;
    await waitFor(() => expect(stale.value).toBe('30'));
    await userEvent.fill(stale, '2');
    await userEvent.keyboard('{Enter}');
    // The fake transport validates with the contract's schema, as main's dispatcher does (min 5).
    await waitFor(() => expect(stale.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(stale.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(error.textContent).toMatch(/5/);
    expect(t.calls).toContainEqual(['feed:settings:set', { staleAfterSeconds: 2, persistEverySeconds: 10 }]);
    await userEvent.fill(stale, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save timing' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(stale.getAttribute('aria-invalid')).toBeNull();
  });
});
