import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../api/queries';
import { fakeApi, Providers } from '../../test/fakeApi';
import { describeError, ImportPreview } from './ImportPreview';
import { formatOf, ImportScreen } from './ImportScreen';
import '../../styles.css';

afterEach(cleanup);

const summary = (patch: Partial<ImportSummary> = {}): ImportSummary => ({
  layout: 'cascade-csv',
  added: 2,
  changed: 1,
  unchanged: 0,
  accounts: { added: 1, changed: 0, unchanged: 0 },
  prices: { added: 0, changed: 0, unchanged: 0 },
  items: [
    { account: 'Main', symbol: 'BTCUSDT', side: 'long', status: 'added' },
    { account: 'Main', symbol: 'ETHUSDT', side: 'short', status: 'changed' },
  ],
  errors: [],
  needsMapping: null,
  ...patch,
});

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText(/Position file/) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

describe('Import wizard (real Chromium)', () => {
  it('previews a file, then commits the same request', async () => {
    const { api, calls } = fakeApi((channel) =>
      channel === 'import:preview' || channel === 'import:commit' ? { ok: true, value: summary() } : undefined,
    );
    render(
      <Providers api={api}>
        <ImportScreen />
      </Providers>,
    );
    chooseFile('book.csv', 'account,symbol\nMain,BTCUSDT');
    await screen.findByText(/Preview of/);
    expect(screen.getByRole('status').textContent).toMatch(/Positions: 2 to be added, 1 to be changed/);
    const commit = screen.getByRole('button', { name: 'Import 3 positions' });
    fireEvent.click(commit);
    await screen.findByText(/^Imported/);
    const preview = calls.find(([c]) => c === 'import:preview')![1];
    expect(preview).toEqual({ format: 'csv', text: 'account,symbol\nMain,BTCUSDT' });
    expect(calls.find(([c]) => c === 'import:commit')![1]).toEqual(preview);
  });

  it('shows each error with its row and column and offers no commit', async () => {
    const errors = [
      {
        row: 3,
        column: 'leverage',
        message: 'row 3, column "leverage": expected a number between 1 and 200, got "abc"',
      },
    ];
    const { api, calls } = fakeApi((channel) =>
      channel === 'import:preview' ? { ok: true, value: summary({ errors }) } : undefined,
    );
    render(
      <Providers api={api}>
        <ImportScreen />
      </Providers>,
    );
    chooseFile('bad.csv', 'x');
    const alert = await screen.findByRole('alert', { name: 'Import errors' });
    expect(alert.textContent).toContain('row 3, column "leverage": expected a number between 1 and 200, got "abc"');
    expect((screen.getByRole('button', { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.some(([c]) => c === 'import:commit')).toBe(false);
  });

  it('asks for a column mapping when the header is unknown and previews again with it', async () => {
    const needsMapping = {
      signature: 'sig',
      header: ['Pair', 'Qty', 'Price', 'Dir'],
      fields: ['account', 'symbol', 'side', 'quantity', 'entry_price'],
      required: ['account', 'symbol', 'side', 'quantity', 'entry_price'],
    };
    let round = 0;
    const { api, calls } = fakeApi((channel) =>
      channel === 'import:preview'
        ? { ok: true, value: round++ === 0 ? summary({ needsMapping, items: [] }) : summary() }
        : undefined,
    );
    render(
      <Providers api={api}>
        <ImportScreen />
      </Providers>,
    );
    chooseFile('export.csv', 'Pair,Qty,Price,Dir');
    await screen.findByRole('form', { name: 'Map columns' });
    fireEvent.change(screen.getByLabelText('symbol *'), { target: { value: 'Pair' } });
    fireEvent.change(screen.getByLabelText('side *'), { target: { value: 'Dir' } });
    fireEvent.change(screen.getByLabelText('quantity *'), { target: { value: 'Qty' } });
    fireEvent.change(screen.getByLabelText('entry_price *'), { target: { value: 'Price' } });
    fireEvent.change(screen.getByLabelText('Value for every row (account)'), { target: { value: 'Bybit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview with this mapping' }));
    await waitFor(() => expect(calls.filter(([c]) => c === 'import:preview')).toHaveLength(2));
    expect(calls.filter(([c]) => c === 'import:preview')[1][1]).toEqual({
      format: 'csv',
      text: 'Pair,Qty,Price,Dir',
      mapping: {
        columns: { symbol: 'Pair', side: 'Dir', quantity: 'Qty', entry_price: 'Price' },
        defaults: { account: 'Bybit' },
      },
    });
  });

  it('knows the format by extension, else by content, and words errors with row and column', () => {
    expect(formatOf('a.JSON', '')).toBe('json');
    expect(formatOf('a.csv', '{')).toBe('csv');
    expect(formatOf('export', ' {"version":1}')).toBe('json');
    expect(describeError({ row: 4, column: 'side', message: 'expected long or short' })).toBe(
      'row 4, column "side": expected long or short',
    );
    expect(describeError({ row: null, column: null, message: 'not valid JSON' })).toBe('not valid JSON');
  });

  it('lists what the file holds', () => {
    render(<ImportPreview summary={summary()} done={false} />);
    expect(screen.getByRole('table', { name: 'Positions in the file' }).textContent).toContain('ETHUSDT');
  });
});
