import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, Providers } from '../../test/fakeApi';
import { AccountForm } from './AccountForm';
import '../../styles.css';

afterEach(cleanup);

describe('AccountForm (real Chromium)', () => {
  it('creates an account with the default venue and parsed numbers', async () => {
    const saved: string[] = [];
    const { api, calls } = fakeApi((channel, request) =>
      channel === 'accounts:upsert' ? { ok: true, value: { ...(request as object), id: '7' } } : undefined,
    );
    render(
      <Providers api={api}>
        <AccountForm defaultVenue="bybit" onSaved={(a) => saved.push(a.id)} onCancel={() => {}} />
      </Providers>,
    );
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Bybit main ' } });
    fireEvent.change(screen.getByLabelText('Wallet balance'), { target: { value: '12,500' } });
    fireEvent.change(screen.getByLabelText('Margin mode'), { target: { value: 'isolated' } });
    fireEvent.submit(screen.getByLabelText('Name').closest('form')!);
    await waitFor(() => expect(saved).toEqual(['7']));
    expect(calls.find(([c]) => c === 'accounts:upsert')![1]).toEqual({
      name: 'Bybit main',
      venue: 'bybit',
      marginMode: 'isolated',
      positionMode: 'one-way',
      walletBalance: 12500,
      notes: null,
    });
  });

  it('puts the storage layer’s refusal beside the field it names', async () => {
    const { api } = fakeApi((channel) =>
      channel === 'accounts:upsert'
        ? {
            ok: false,
            error: {
              code: 'invalid-request',
              message: 'invalid accounts:upsert request',
              issues: [{ path: 'takerFeeRate', message: 'expected a fee rate in [0, 0.1], got 0.5' }],
            },
          }
        : undefined,
    );
    render(
      <Providers api={api}>
        <AccountForm defaultVenue="binance-usdm" onSaved={() => {}} onCancel={() => {}} />
      </Providers>,
    );
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'X' } });
    fireEvent.change(screen.getByLabelText('Wallet balance'), { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText('Taker fee rate'), { target: { value: '0.5' } });
    fireEvent.submit(screen.getByLabelText('Name').closest('form')!);
    await waitFor(() => expect(screen.getByLabelText('Taker fee rate').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('expected a fee rate in [0, 0.1], got 0.5')).toBeTruthy();
  });
});
