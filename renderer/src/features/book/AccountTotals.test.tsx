import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { toAccountSpec } from '@shared/book/types';
import { assessAccount } from '@shared/engine';
import { assessBook } from '../../api/queries';
import { FormatProvider } from '../../ui/FormatContext';
import { makeFormatters } from '../../ui/format';
import { smallBook } from '../../test/fixtures';
import { AccountTotals } from './AccountTotals';
import '../../styles.css';

afterEach(cleanup);

function Harness() {
  const book = smallBook();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <FormatProvider locale="en-US">
      <AccountTotals accounts={book.accounts} risk={assessBook(book)} selected={selected} onSelect={setSelected} />
      <output data-testid="selected">{selected ?? 'all'}</output>
    </FormatProvider>
  );
}

describe('AccountTotals (real Chromium)', () => {
  it('shows each account’s equity, maintenance and margin ratio from the engine', () => {
    render(<Harness />);
    const book = smallBook();
    const f = makeFormatters('en-US');
    const risk = assessAccount(toAccountSpec(book.accounts[0]));
    const card = screen.getByRole('radio', { name: /^Main/ });
    expect(card.textContent).toContain(`Equity ${f.money(risk.equity)}`);
    expect(card.textContent).toContain(`Maint. ${f.money(risk.maintenanceMargin)}`);
    expect(card.textContent).toContain(`Margin ratio ${f.pct(risk.marginRatio, 1)}`);
  });

  it('filters by click and moves the selection with the arrow keys (one Tab stop)', () => {
    render(<Harness />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.click(screen.getByRole('radio', { name: /Degen iso/ }));
    expect(screen.getByTestId('selected').textContent).toBe('2');
    fireEvent.keyDown(screen.getByRole('radio', { name: /Degen iso/ }), { key: 'ArrowRight' });
    expect(screen.getByTestId('selected').textContent).toBe('all');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /All accounts/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByTestId('selected').textContent).toBe('1');
  });
});
