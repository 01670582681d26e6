import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlertMonitor } from '@electron/alerts/monitor';
import type { AlertEvent, AlertRule } from '@shared/alerts/schema';
import { ROOT, runAxe, loadDemoBook, useHarness } from './harness';

/**
 * Alerts end to end: a rule typed in the Alerts screen is stored by the real handler, evaluated
 * by main's real AlertMonitor (run here in the test process: in the app it lives in main's
 * background service, not in the IPC dispatcher), written to the real history, pushed to the
 * page as `cascade:alerts`, shown and acknowledged in the page.
 */
const h = useHarness('alerts.test.ts', { viewport: { width: 1400, height: 900 } });

describe('alerts (Chromium, real handlers and monitor)', () => {
  it('rule from the form → real evaluation → banner and history → acknowledge; stale badge and focus routing', async () => {
    const page = h.page;
    const book = await loadDemoBook(h);

    await page.getByRole('tab', { name: 'Alerts' }).click();
    await page.getByRole('button', { name: 'New rule' }).click();
    const threshold = page.getByLabel('Distance below (%)');
    // A bad value is refused beside the field, nothing stored.
    await threshold.fill('150');
    await threshold.press('Enter');
    await page.locator('.field-error', { hasText: '100' }).waitFor();
    expect(await h.call<AlertRule[]>('alerts:rules:list')).toEqual([]);
    // 60 %: every demo position is closer than that to its LP, so the rule is breached at once.
    await threshold.fill('60');
    await threshold.press('Enter');
    await page.getByRole('table', { name: 'Alert rules' }).waitFor();
    const rules = await h.call<AlertRule[]>('alerts:rules:list');
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      kind: 'distance-below',
      thresholdPct: 60,
      hysteresisPct: 1,
      cooldownSeconds: 300,
      enabled: true,
    });

    // While the trader looks at the Book, main evaluates and pushes what fired.
    await page.getByRole('tab', { name: 'Book' }).click();
    await page.getByRole('tab', { name: 'Book', selected: true }).waitFor();
    const monitor = new AlertMonitor({ db: h.db.db });
    const fired: AlertEvent[] = monitor.evaluate();
    expect(fired.length).toBeGreaterThan(0);
    expect(await h.emit('onAlerts', fired)).toBe(1);
    const banner = page.getByRole('complementary', { name: 'New alerts' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(fired.length === 1 ? fired[0].title : `${fired.length} new alerts`);
    expect(await runAxe(page)).toEqual([]);
    await banner.getByRole('button', { name: 'Open alerts' }).click();
    await page.getByRole('tab', { name: 'Alerts', selected: true }).waitFor();
    expect(await banner.count()).toBe(0);
    // The history shows every fired alert.
    await page
      .locator('[data-alert-id]')
      .nth(fired.length - 1)
      .waitFor();
    expect(await page.locator('[data-alert-id]').count()).toBe(fired.length);
    expect(await runAxe(page)).toEqual([]);

    const first = fired[0];
    await page
      .locator(`[data-alert-id="${first.id}"]`)
      .getByRole('button', { name: /^Acknowledge/ })
      .click();
    await page.locator(`[data-alert-id="${first.id}"]`).getByText('acknowledged').waitFor();
    const history = await h.call<AlertEvent[]>('alerts:history:list', {});
    expect(history.find((e) => e.id === first.id)!.acknowledgedAt).not.toBeNull();
    expect(history.filter((e) => e.acknowledgedAt === null)).toHaveLength(fired.length - 1);
    // The tab counts what is left to acknowledge.
    await page
      .getByRole('tab', { name: 'Alerts' })
      .getByLabel(`${fired.length - 1} unacknowledged alerts`)
      .waitFor();
    if (process.env.CASCADE_SCREENSHOTS === '1') {
      mkdirSync(resolve(ROOT, 'docs/screenshots'), { recursive: true });
      await page.screenshot({ path: resolve(ROOT, 'docs/screenshots/alerts.png') });
    }

    // Main says a symbol's live price went stale: its positions get the badge in the Book.
    const target = book.accounts.flatMap((a) => a.positions).find((p) => p.id === first.positionId)!;
    await h.emit('onStale', [target.symbol]);
    // A clicked notification: the Book comes forward with that row highlighted.
    await h.emit('onFocusPosition', { positionId: target.id, alertId: first.id });
    await page.getByRole('tab', { name: 'Book', selected: true }).waitFor();
    const row = page.locator(`[data-position-id="${target.id}"]`);
    await page.locator(`[data-position-id="${target.id}"].row-focused`).waitFor();
    expect(await row.getByTestId('mark-stale').textContent()).toBe('stale price');
    const others = book.accounts.flatMap((a) => a.positions).filter((p) => p.symbol !== target.symbol);
    for (const p of others)
      expect(await page.locator(`[data-position-id="${p.id}"] [data-testid="mark-stale"]`).count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });
});
