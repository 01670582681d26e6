import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Warning } from '@shared/warnings/warning';
import { fakeApi, Providers } from '../../test/fakeApi';
import { stressTestBook } from '../stress/testBook';
import { WarningsList } from './WarningsList';
import { WarningsScreen } from './WarningsScreen';
import '../../styles.css';

afterEach(cleanup);

const book = stressTestBook();
const warnings: Warning[] = [
  {
    ruleId: 'leverage-cap',
    severity: 'warning',
    accountId: '1',
    positionId: '11',
    message: 'Leverage 10× above 5×',
    value: 10,
    threshold: 5,
  },
  {
    ruleId: 'lp-distance',
    severity: 'critical',
    accountId: '1',
    positionId: '11',
    message: 'LP 4.5 % away',
    value: 4.5,
    threshold: 5,
  },
  {
    ruleId: 'tier-jump',
    severity: 'info',
    accountId: '2',
    positionId: '21',
    message: 'Near the next tier',
    value: 8,
    threshold: 10,
  },
  {
    ruleId: 'portfolio-risk',
    severity: 'warning',
    accountId: '2',
    message: 'No stop: loss unbounded',
    value: null,
    threshold: 6,
  },
  {
    ruleId: 'stop-missing',
    severity: 'warning',
    accountId: '1',
    positionId: '12',
    message: 'No stop-loss',
    value: null,
    threshold: null,
  },
];

describe('Warnings list (real Chromium)', () => {
  it('groups by severity, loudest first, with counts', () => {
    render(<WarningsList warnings={warnings} book={book} />);
    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('data-testid'))).toEqual([
      'warnings-critical',
      'warnings-warning',
      'warnings-info',
    ]);
    expect(within(groups[0]).getByRole('heading').textContent).toBe('Critical (1)');
    expect(within(groups[1]).getByRole('heading').textContent).toBe('Warnings (3)');
    expect(
      within(groups[1])
        .getAllByTestId('warning')
        .map((li) => li.dataset.rule),
    ).toEqual(['leverage-cap', 'portfolio-risk', 'stop-missing']);
  });

  it("shows the rule's value against its threshold in the rule's unit", () => {
    render(<WarningsList warnings={warnings} book={book} />);
    const byRule = (id: string) => screen.getAllByTestId('warning').find((li) => li.dataset.rule === id)!;
    expect(within(byRule('lp-distance')).getByTestId('warning-numbers').textContent).toBe(
      'value 4.5 % · threshold 5 %',
    );
    expect(within(byRule('leverage-cap')).getByTestId('warning-numbers').textContent).toBe('value 10× · threshold 5×');
    expect(within(byRule('portfolio-risk')).getByTestId('warning-numbers').textContent).toBe(
      'value unbounded · threshold 6 % of equity',
    );
    expect(within(byRule('stop-missing')).queryByTestId('warning-numbers')).toBeNull();
    expect(byRule('lp-distance').textContent).toContain('Iso · BTCUSDT long');
  });

  it('links each warning to its position', async () => {
    const opened: unknown[] = [];
    render(<WarningsList warnings={warnings} book={book} onOpenPosition={(t) => opened.push(t)} />);
    const critical = screen.getByTestId('warnings-critical');
    await userEvent.click(within(critical).getByRole('button', { name: 'Open BTCUSDT position' }));
    expect(opened).toEqual([{ accountId: '1', positionId: '11' }]);
  });

  it('says so calmly when nothing fires', () => {
    render(<WarningsList warnings={[]} book={book} />);
    expect(screen.getByTestId('warnings-none').textContent).toContain('No warnings');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('evaluates the stored book with the shipped rules (no stops: stop-missing on every position)', async () => {
    const { api } = fakeApi((channel) => (channel === 'book:get' ? { ok: true, value: book } : undefined));
    render(
      <Providers api={api}>
        <WarningsScreen />
      </Providers>,
    );
    await screen.findAllByTestId('warning');
    const missing = screen.getAllByTestId('warning').filter((li) => li.dataset.rule === 'stop-missing');
    const ids = book.accounts.flatMap((a) => a.positions.map((p) => p.id));
    expect(missing.map((li) => li.dataset.positionId).sort()).toEqual(ids.sort());
    // Loudest first: no info group before a warning group.
    const order = screen.getAllByRole('region').map((g) => g.getAttribute('data-testid'));
    expect(order).toEqual(
      [...order].sort(
        (a, b) =>
          ['warnings-critical', 'warnings-warning', 'warnings-info'].indexOf(a!) -
          ['warnings-critical', 'warnings-warning', 'warnings-info'].indexOf(b!),
      ),
    );
  });
});
