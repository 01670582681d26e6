import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AlertRule } from '@shared/alerts/schema';
import { smallBook } from '../../test/fixtures';
import { Providers } from '../../test/fakeApi';
import '../../styles.css';
import { RulesPanel } from './RulesPanel';
import { fakeTransport, type Answer } from './testing';

afterEach(cleanup);

const STORED: AlertRule = {
  id: '4',
  kind: 'distance-below',
  positionId: '12',
  thresholdPct: 5,
  enabled: true,
  hysteresisPct: 1,
  cooldownSeconds: 300,
};

function setup(rules: AlertRule[] = [], upsert?: Answer) {
  const t = fakeTransport((channel, request) => {
    if (channel === 'book:get') return { ok: true, value: smallBook() };
    if (channel === 'alerts:rules:list') return { ok: true, value: rules };
    if (channel === 'alerts:rules:remove') return { ok: true, value: { removed: true } };
    if (channel === 'alerts:rules:upsert')
      return upsert?.(channel, request) ?? { ok: true, value: { id: '99', ...(request as { rule: object }).rule } };
    return undefined;
  });
  render(
    <Providers api={t.api}>
      <RulesPanel />
    </Providers>,
  );
  return t;
}

/** The error element an input points at through aria-describedby. */
function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const el = ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('field-error'));
  return el?.textContent ?? null;
}

const upserts = (calls: [string, unknown][]) => calls.filter(([c]) => c === 'alerts:rules:upsert').map(([, r]) => r);

describe('alert rules editor (real Chromium)', () => {
  it('shows a schema error next to the threshold and sends nothing', async () => {
    const t = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    const threshold = screen.getByLabelText('Distance below (%)');
    await userEvent.fill(threshold, '150');
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(threshold.getAttribute('aria-invalid')).toBe('true'));
    // The contract's own zod message (max 100), read with the field.
    expect(errorOf(threshold)).toMatch(/100/);
    expect(errorOf(screen.getByLabelText('Cooldown (seconds)'))).toBeNull();
    // A required field left empty, and text that is not a number.
    await userEvent.fill(threshold, '');
    await userEvent.fill(screen.getByLabelText('Cooldown (seconds)'), 'soon');
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() =>
      expect(errorOf(screen.getByLabelText('Cooldown (seconds)'))).toBe('expected a number, got "soon"'),
    );
    expect(errorOf(screen.getByLabelText('Distance below (%)'))).toBe('required');
    expect(upserts(t.calls)).toEqual([]);
  });

  it('sends the rule as typed, by keyboard (Enter saves), with the book’s spelling of the symbol', async () => {
    const t = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    // The form opens with the focus on its first field.
    expect(document.activeElement).toBe(screen.getByLabelText('Rule'));
    await userEvent.selectOptions(screen.getByLabelText('Rule'), 'price-cross');
    await userEvent.fill(screen.getByLabelText('Symbol'), 'DOGEUSDT');
    expect(screen.getByText('not in the book: only prices you set will move it')).toBeTruthy();
    await userEvent.fill(screen.getByLabelText('Symbol'), 'btcusdt');
    expect(screen.queryByText('not in the book: only prices you set will move it')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Direction'), 'above');
    await userEvent.fill(screen.getByLabelText('Level (price)'), '90,000');
    await userEvent.fill(screen.getByLabelText('Hysteresis (%)'), '0.5');
    await userEvent.fill(screen.getByLabelText('Name (optional)'), 'BTC breakout');
    await userEvent.click(screen.getByLabelText('Level (price)'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(upserts(t.calls)).toHaveLength(1));
    expect(upserts(t.calls)[0]).toEqual({
      rule: {
        kind: 'price-cross',
        symbol: 'BTCUSDT',
        direction: 'above',
        level: 90_000,
        enabled: true,
        hysteresisPct: 0.5,
        cooldownSeconds: 300,
        name: 'BTC breakout',
      },
    });
    // Saved: the editor closes and the list is read again.
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New alert rule' })).toBeNull());
    expect(t.count('alerts:rules:list')).toBeGreaterThanOrEqual(2);
  });

  it('puts main’s objections next to their field (issue path rule.level) and other errors above the buttons', async () => {
    let reply: 'issue' | 'not-found' = 'issue';
    setup([], () =>
      reply === 'issue'
        ? {
            ok: false,
            error: {
              code: 'invalid-request',
              message: 'invalid alerts:rules:upsert request: rule.level: too far from the market',
              issues: [{ path: 'rule.level', message: 'too far from the market' }],
            },
          }
        : { ok: false, error: { code: 'not-found', message: 'position 12 does not exist' } },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    await userEvent.selectOptions(screen.getByLabelText('Rule'), 'price-cross');
    await userEvent.fill(screen.getByLabelText('Symbol'), 'ETHUSDT');
    await userEvent.fill(screen.getByLabelText('Level (price)'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText('Level (price)'))).toBe('too far from the market'));
    reply = 'not-found';
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('form', { name: 'New alert rule' });
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('position 12 does not exist'));
  });

  it('lists stored rules with their subject; edit keeps the id, the checkbox toggles, delete removes', async () => {
    const t = setup([STORED]);
    const row = (await screen.findByRole('table', { name: 'Alert rules' })).querySelector(
      '[data-rule-id="4"]',
    ) as HTMLElement;
    expect(row.textContent).toContain('distance to LP < 5 % — ETHUSDT long in Main');
    await userEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
    const threshold = screen.getByLabelText('Distance below (%)') as HTMLInputElement;
    expect(threshold.value).toBe('5');
    expect((screen.getByLabelText('Position') as HTMLSelectElement).value).toBe('12');
    await userEvent.fill(threshold, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(upserts(t.calls)).toHaveLength(1));
    expect(upserts(t.calls)[0]).toEqual({
      rule: {
        kind: 'distance-below',
        id: '4',
        positionId: '12',
        thresholdPct: 3,
        enabled: true,
        hysteresisPct: 1,
        cooldownSeconds: 300,
      },
    });

    await userEvent.click(within(row).getByRole('checkbox', { name: /enabled/ }));
    await waitFor(() => expect(upserts(t.calls)).toHaveLength(2));
    expect((upserts(t.calls)[1] as { rule: AlertRule }).rule).toMatchObject({
      id: '4',
      enabled: false,
      thresholdPct: 5,
    });

    await userEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(t.calls).toContainEqual(['alerts:rules:remove', { id: '4' }]));
  });

  it('Esc cancels the editor without saving', async () => {
    const t = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    await userEvent.fill(screen.getByLabelText('Distance below (%)'), '4');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(upserts(t.calls)).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New rule' })));
  });
});
