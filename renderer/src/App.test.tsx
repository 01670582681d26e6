import { render, screen, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '@shared/ipc/channels';
import { buildApi } from '@shared/ipc/contract';
import type { IpcResult } from '@shared/ipc/errors';
import { App } from './App';
import './styles.css';

/** A fake transport: the same generated API, answered in-page instead of over IPC. */
function fakeApi(answer: (channel: string, request: unknown) => IpcResult<unknown>) {
  const calls: [string, unknown][] = [];
  const api = buildApi(channels, async (channel, request) => {
    calls.push([channel, request]);
    return answer(channel, request);
  });
  return { api, calls };
}

afterEach(cleanup);

describe('app shell (real Chromium)', () => {
  it('renders the dark shell and the app info from app:info', async () => {
    const { api, calls } = fakeApi((channel) =>
      channel === 'app:info'
        ? { ok: true, value: { version: '9.8.7', dbPath: '/home/t/.config/Cascade/cascade.sqlite', schemaVersion: 3 } }
        : channel === 'book:get'
          ? { ok: true, value: { accounts: [] } }
          : { ok: false, error: { code: 'unknown-channel', message: `not faked: ${channel}` } },
    );
    render(<App api={api} />);
    expect(screen.getByRole('heading', { name: 'Cascade' })).toBeTruthy();
    expect((await screen.findByTestId('app-version')).textContent).toBe('Cascade 9.8.7');
    expect(screen.getByTestId('db-path').textContent).toContain('/home/t/.config/Cascade/cascade.sqlite');
    expect(screen.getByTestId('schema-version').textContent).toBe('schema v3');
    expect(calls).toContainEqual(['app:info', {}]);
    // Dark by default: the stylesheet's background applies in a real browser.
    expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(13, 17, 23)');
  });

  it('shows a readable error when app:info fails', async () => {
    const { api } = fakeApi(() => ({ ok: false, error: { code: 'internal', message: 'database is locked' } }));
    render(<App api={api} />);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((a) => a.textContent?.includes('database is locked'))).toBe(true);
  });

  it('offers the first run on an empty book and switches screens with the arrow keys', async () => {
    const { api } = fakeApi((channel) =>
      channel === 'book:get'
        ? { ok: true, value: { accounts: [] } }
        : { ok: false, error: { code: 'unknown-channel', message: `not faked: ${channel}` } },
    );
    render(<App api={api} />);
    (await screen.findByRole('button', { name: 'Start empty' })).click();
    const entry = await screen.findByRole('tab', { name: 'Entry' });
    expect(entry.getAttribute('aria-selected')).toBe('true');
    expect(entry.tabIndex).toBe(0);
    entry.focus();
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const stress = await screen.findByRole('tab', { name: 'Stress', selected: true });
    expect(document.activeElement).toBe(stress);
    expect(screen.getByRole('tab', { name: 'Entry' }).tabIndex).toBe(-1);
    stress.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect((await screen.findByRole('tab', { name: 'Book', selected: true })).getAttribute('aria-controls')).toBe(
      'panel-book',
    );
  });
});
