import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRules } from '@shared/warnings/rules';
import { fakeApi, Providers } from '../../test/fakeApi';
import { SettingsScreen } from './SettingsScreen';
import '../../styles.css';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

function renderSettings() {
  const fake = fakeApi((channel, request) => {
    if (channel === 'settings:all') return { ok: true, value: [{ key: 'ui.theme', value: 'dark' }] };
    if (channel === 'settings:set') {
      const { key } = request as { key: string };
      return key === 'ui.theme'
        ? { ok: true, value: request }
        : { ok: false, error: { code: 'invalid-request', message: `unknown setting "${key}"` } };
    }
    if (channel === 'app:info')
      return { ok: true, value: { version: '1', dbPath: '/home/u/.config/Cascade/cascade.sqlite', schemaVersion: 2 } };
    return undefined;
  });
  render(
    <Providers api={fake.api}>
      <SettingsScreen />
    </Providers>,
  );
  return fake;
}

describe('Settings (real Chromium)', () => {
  it('saves the theme to the store and shows the data folder', async () => {
    const { calls } = renderSettings();
    expect((await screen.findByTestId('data-folder')).textContent).toBe('/home/u/.config/Cascade');
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'light' } });
    await waitFor(() => expect(calls).toContainEqual(['settings:set', { key: 'ui.theme', value: 'light' }]));
  });

  it('refuses an unknown locale beside the field and keeps a known one (locally when the store lacks the key)', async () => {
    renderSettings();
    const input = screen.getByLabelText('Number format (locale)');
    fireEvent.change(input, { target: { value: 'de-DE' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(JSON.parse(localStorage.getItem('cascade.settings')!).locale).toBe('de-DE'));
    fireEvent.change(input, { target: { value: 'de_DE_x!' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Intl does not know the locale/)).toBeTruthy();
  });

  it('validates rule thresholds with rulesSchema and shows the error beside the threshold', async () => {
    renderSettings();
    const form = screen.getByRole('form', { name: 'Warning rules' });
    const lp = screen.getByRole('row', { name: /lp-distance/ });
    const input = lp.querySelector('input[inputmode="decimal"]') as HTMLInputElement;
    expect(input.value).toBe(
      String((defaultRules.find((r) => r.id === 'lp-distance') as { minDistancePct: number }).minDistancePct),
    );
    fireEvent.change(input, { target: { value: '-3' } });
    fireEvent.submit(form);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.submit(form);
    await screen.findByText('Rules saved.');
    const stored = JSON.parse(localStorage.getItem('cascade.settings')!).rules as {
      id: string;
      minDistancePct?: number;
    }[];
    expect(stored.find((r) => r.id === 'lp-distance')!.minDistancePct).toBe(7);
  });
});
