import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, Providers } from '../../test/fakeApi';
import { FirstRun } from './FirstRun';
import '../../styles.css';

afterEach(cleanup);

describe('First run (real Chromium)', () => {
  it('loads the demo book through import.commit as a Cascade JSON document', async () => {
    let loaded = 0;
    const { api, calls } = fakeApi((channel) =>
      channel === 'import:commit' ? { ok: true, value: { errors: [] } } : undefined,
    );
    render(
      <Providers api={api}>
        <FirstRun onStartEmpty={() => {}} onLoaded={() => loaded++} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Load a demo book' }));
    await waitFor(() => expect(loaded).toBe(1));
    const [, request] = calls.find(([c]) => c === 'import:commit')!;
    const { format, text } = request as { format: string; text: string };
    expect(format).toBe('json');
    const doc = JSON.parse(text) as {
      version: number;
      accounts: { venue: string; marginMode: string; positions: { contract: string }[] }[];
    };
    expect(doc.version).toBe(1);
    expect(doc.accounts.some((a) => a.marginMode === 'isolated')).toBe(true);
    expect(doc.accounts.some((a) => a.positions.some((p) => p.contract === 'inverse'))).toBe(true);
  });

  it('shows a readable message when the import is refused, and Start empty still works', async () => {
    let empty = 0;
    const { api } = fakeApi((channel) =>
      channel === 'import:commit'
        ? { ok: false, error: { code: 'internal', message: 'database is locked' } }
        : undefined,
    );
    render(
      <Providers api={api}>
        <FirstRun onStartEmpty={() => empty++} onLoaded={() => {}} />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Load a demo book' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not load the demo: database is locked');
    fireEvent.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(empty).toBe(1);
  });
});
