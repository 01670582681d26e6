import { describe, expect, it } from 'vitest';
import type { Book } from '@shared/book/types';
import { toAccountSpec } from '@shared/book/types';
import { assessAccount } from '@shared/engine';
import { makeFormatters } from '@renderer/ui/format';
import { runAxe, useHarness } from './harness';
import { dragRangeTo, typeInto } from './keyboard';

const f = makeFormatters('en-US');
const h = useHarness('cascade.test.ts');

const POSITIONS = [
  { symbol: 'BTCUSDT', quantity: '2', entry: '118000', mark: '126000', leverage: '10', tick: '0.1' },
  { symbol: 'ETHUSDT', quantity: '10', entry: '4200', mark: '4690', leverage: '10', tick: '0.01' },
  { symbol: 'SOLUSDT', quantity: '300', entry: '205', mark: '231.5', leverage: '10', tick: '0.01', mmr: '0.01' },
];

async function axeClean(label: string) {
  const violations = await runAxe(h.page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('Cascade in Chromium over the real IPC handlers and SQLite', () => {
  it('offers the first run on an empty database, and it is accessible', async () => {
    await h.page.goto(h.url);
    await h.page.getByRole('heading', { name: 'Welcome to Cascade' }).waitFor();
    await axeClean('first run');
  });

  it('creates an account and three positions by keyboard; the table’s LPs equal assessAccount', async () => {
    const page = h.page;
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('form', { name: 'New account' }).waitFor();
    // The Name field has focus: type, Tab through the form, Enter saves.
    await page.keyboard.type('Main');
    await typeInto(page, 'Wallet balance', '20000');
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'New position' }).waitFor();
    await page.getByText('Saved account Main').waitFor();

    for (const p of POSITIONS) {
      await typeInto(page, 'Symbol', p.symbol);
      await typeInto(page, 'Quantity (base)', p.quantity);
      await typeInto(page, 'Entry price', p.entry);
      await typeInto(page, 'Mark price', p.mark);
      await typeInto(page, 'Leverage', p.leverage);
      if (p.mmr) await typeInto(page, 'Maint. rate (mmr)', p.mmr);
      await typeInto(page, 'Tick size', p.tick);
      // The LP shows before saving.
      await page.getByTestId('live-lp-value').waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(`Saved ${p.symbol}.`).waitFor();
    }
    await axeClean('entry');

    const book = await h.call<Book>('book:get');
    expect(book.accounts).toHaveLength(1);
    expect(book.accounts[0].positions.map((p) => p.symbol).sort()).toEqual(['BTCUSDT', 'ETHUSDT', 'SOLUSDT']);

    await page.getByRole('tab', { name: 'Book' }).click();
    const risk = assessAccount(toAccountSpec(book.accounts[0]));
    for (const p of book.accounts[0].positions) {
      const lp = risk.positions.find((r) => r.id === p.id)!.liquidationPrice;
      const cell = page.locator(`[data-position-id="${p.id}"] [data-testid="lp"]`);
      await cell.waitFor();
      // 'none': no price can liquidate it (the engine's null LP).
      expect(await cell.textContent()).toBe(lp === null ? 'none' : f.price(lp, p.tickSize));
    }
    expect(risk.positions.filter((r) => r.liquidationPrice !== null).length).toBeGreaterThan(0);
    await axeClean('book');
  });

  it('drags the BTC slider to −44 % and the ladder marks the account’s positions liquidated', async () => {
    const page = h.page;
    const book = await h.call<Book>('book:get');
    const main = book.accounts[0];
    const btc = main.positions.find((p) => p.symbol === 'BTCUSDT')!;
    // Independent expectation from the engine: with ETH and SOL held at their marks, BTC alone
    // liquidates this all-long cross account above −44 %, so at −44 % (alts falling too) every
    // position of the account must be on a reached rung; at −5 % none is.
    const btcLp = assessAccount(toAccountSpec(main)).positions.find((r) => r.id === btc.id)!.liquidationPrice!;
    expect(btcLp).toBeGreaterThan(btc.markPrice * 0.56);

    await page.getByRole('tab', { name: 'Stress' }).click();
    const slider = page.getByTestId('btc-move');
    await slider.waitFor();
    await dragRangeTo(page, slider, -44);
    expect(await slider.inputValue()).toBe('-44');
    const liquidatedIds = async () =>
      (
        await page
          .locator('[data-testid="ladder-row"][data-state="liquidated"]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-position-ids') ?? ''))
      )
        .flatMap((ids) => ids.split(' '))
        .filter(Boolean)
        .sort();
    await page.locator('[data-testid="ladder-row"][data-state="liquidated"]').first().waitFor();
    expect(await liquidatedIds()).toEqual(main.positions.map((p) => p.id).sort());

    await dragRangeTo(page, slider, -5);
    expect(await liquidatedIds()).toEqual([]);
    await axeClean('stress');
  });

  it('edits a position from the Book by keyboard (Esc cancels, Enter saves) and deletes one with undo', async () => {
    const page = h.page;
    await page.getByRole('tab', { name: 'Book' }).click();
    await page.getByRole('button', { name: 'Edit ETHUSDT long in Main' }).click();
    await page.getByRole('form', { name: 'Edit position' }).waitFor();
    // Esc cancels without writing.
    await typeInto(page, 'Quantity (base)', '999');
    await page.keyboard.press('Escape');
    await page.getByRole('form', { name: 'New position' }).waitFor();
    let eth = (await h.call<Book>('book:get')).accounts[0].positions.find((p) => p.symbol === 'ETHUSDT')!;
    expect(eth.quantity).toBe(10);

    await page.getByRole('button', { name: 'Edit ETHUSDT long' }).click();
    await page.getByRole('form', { name: 'Edit position' }).waitFor();
    await typeInto(page, 'Quantity (base)', '25');
    await page.keyboard.press('Enter');
    await page.getByText('Saved ETHUSDT.').waitFor();
    const book = await h.call<Book>('book:get');
    eth = book.accounts[0].positions.find((p) => p.symbol === 'ETHUSDT')!;
    expect(eth.quantity).toBe(25);
    await page.getByRole('tab', { name: 'Book' }).click();
    const lp = assessAccount(toAccountSpec(book.accounts[0])).positions.find((r) => r.id === eth.id)!.liquidationPrice;
    const cell = page.locator(`[data-position-id="${eth.id}"] [data-testid="lp"]`);
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [
      `[data-position-id="${eth.id}"] [data-testid="lp"]`,
      lp === null ? 'none' : f.price(lp, eth.tickSize),
    ] as const);
    expect(await cell.textContent()).toBe(lp === null ? 'none' : f.price(lp, eth.tickSize));

    await page.getByRole('tab', { name: 'Entry' }).click();
    await page.getByRole('button', { name: 'Delete SOLUSDT long' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect((await h.call<Book>('book:get')).accounts[0].positions.map((p) => p.symbol)).not.toContain('SOLUSDT');
    await page.keyboard.press('Enter'); // Undo has focus
    await page.getByRole('button', { name: 'Delete SOLUSDT long' }).waitFor();
    expect((await h.call<Book>('book:get')).accounts[0].positions.map((p) => p.symbol).sort()).toEqual([
      'BTCUSDT',
      'ETHUSDT',
      'SOLUSDT',
    ]);
  });

  it('refuses a CSV with a bad row, naming the row and column, and changes nothing', async () => {
    const page = h.page;
    const before = await h.call<Book>('book:get');
    await page.getByRole('tab', { name: 'Import' }).click();
    const csv = [
      'account,venue,margin_mode,wallet_balance,symbol,side,contract,quantity,entry_price,leverage',
      'Other,binance-usdm,cross,5000,BTCUSDT,long,linear,0.1,120000,10',
      'Other,binance-usdm,cross,5000,ETHUSDT,long,linear,1,4000,abc',
    ].join('\n');
    await page
      .getByLabel(/Position file/)
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert', { name: 'Import errors' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    // Rows are numbered as in a spreadsheet (the header is row 1): the bad line is row 3.
    expect(text).toContain('row 3, column "leverage"');
    expect(text).toContain('"abc"');
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    expect(await h.call<Book>('book:get')).toEqual(before);
    await axeClean('import');
  });

  it('keeps the data across a reload', async () => {
    await h.page.reload();
    await h.page.getByRole('tab', { name: 'Book' }).waitFor();
    for (const symbol of ['BTCUSDT', 'ETHUSDT', 'SOLUSDT']) {
      await h.page.locator('.book-row .symbol', { hasText: symbol }).first().waitFor();
    }
  });

  it('settings are accessible and switch to the light theme', async () => {
    await h.page.getByRole('tab', { name: 'Settings' }).click();
    await h.page.getByLabel('Theme').selectOption('light');
    await h.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await axeClean('settings (light)');
    await h.page.getByLabel('Theme').selectOption('dark');
  });
});
