import { createHash } from 'node:crypto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@electron/transfer/columns';
import { flattenChannels } from '@shared/ipc/contract';
import { channels } from '@shared/ipc/channels';
import { VENUE_IDS } from '@shared/engine/schema';
import { dispatch } from '@electron/core/dispatch';
import { makeTempDb, type TempDb } from '../../helpers/tempDb';
import { btcLong, call, linearAccount } from './helpers';

// ≥ 2 000 malformed inputs in total (JSON files, CSV files, IPC payloads): each must be refused
// with an error naming where the problem is, and the database content must stay identical.

const RUNS = { json: 800, csv: 800, ipc: 800 };

let t: TempDb;
let contentBefore: string;
let validJson: { version: number; accounts: Record<string, unknown>[]; prices: Record<string, number> };
let validCsvRows: string[][];

/** Every row of every table, and the schema version: "the database content". */
function content(): string {
  const hash = createHash('sha256');
  hash.update(String(t.db.pragma('user_version', { simple: true })));
  const tables = t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    hash.update(name);
    for (const row of t.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  t = makeTempDb({ now: () => new Date('2026-03-01T00:00:00Z') });
  const acc = await call(t.ctx, 'accounts:upsert', linearAccount);
  await call(t.ctx, 'positions:upsert', { ...btcLong, accountId: acc.id, stopLoss: 50_000 });
  await call(t.ctx, 'positions:upsert', {
    ...btcLong,
    symbol: 'ETHUSDT',
    entryPrice: 3_000,
    quantity: 3,
    accountId: acc.id,
  });
  const other = await call(t.ctx, 'accounts:upsert', {
    name: 'Hedge',
    venue: 'bybit',
    marginMode: 'isolated',
    positionMode: 'hedge',
    walletBalance: 5_000,
  });
  await call(t.ctx, 'positions:upsert', { ...btcLong, side: 'short', accountId: other.id, leverage: 5 });
  await call(t.ctx, 'prices:set', { symbol: 'BTCUSDT', mark: 61_000 });
  await call(t.ctx, 'scenarios:upsert', {
    payload: { name: 'Crash', btcMove: -0.3, stressCorrelation: 0.5, horizonDays: 1 },
  });
  validJson = JSON.parse((await call(t.ctx, 'export:run', { format: 'json' })).text);
  // A file that differs from the book (so a bug that skipped validation would write something).
  (validJson.accounts[0] as { walletBalance: number }).walletBalance += 1;
  const csv = Papa.parse<string[]>((await call(t.ctx, 'export:run', { format: 'csv' })).text.trim()).data;
  validCsvRows = csv.slice(1).map((r) => r.map((c, i) => (CSV_COLUMNS[i] === 'quantity' ? String(Number(c) + 1) : c)));
  expect((await call(t.ctx, 'import:preview', { format: 'json', text: JSON.stringify(validJson) })).errors).toEqual([]);
  expect(
    (
      await call(t.ctx, 'import:preview', {
        format: 'csv',
        text: Papa.unparse({ fields: [...CSV_COLUMNS], data: validCsvRows }),
      })
    ).errors,
  ).toEqual([]);
  contentBefore = content();
});
afterAll(() => t.cleanup());

const notANumber = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 1 }),
);
const nonPositive = fc.oneof(
  fc.double({ max: 0, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  notANumber,
);
const badLeverage = fc.oneof(
  fc.double({ min: 200.001, max: 1e12, noNaN: true }),
  fc.double({ min: -1e6, max: 0.999, noNaN: true }),
  notANumber,
);
const notOneOf = (values: readonly string[]) =>
  fc.oneof(
    fc.string().filter((s) => !values.includes(s)),
    fc.integer(),
    fc.constant(null),
  );

/** A field of the JSON file and values that must be refused there. */
const jsonMutations: { where: 'account' | 'position' | 'root'; field: string; bad: fc.Arbitrary<unknown> }[] = [
  { where: 'position', field: 'quantity', bad: nonPositive },
  { where: 'position', field: 'entryPrice', bad: nonPositive },
  { where: 'position', field: 'leverage', bad: badLeverage },
  { where: 'position', field: 'side', bad: notOneOf(['long', 'short']) },
  { where: 'position', field: 'contract', bad: notOneOf(['linear', 'inverse']) },
  {
    where: 'position',
    field: 'stopLoss',
    bad: fc.oneof(fc.double({ max: 0, noNaN: true }), fc.string(), fc.boolean()),
  },
  {
    where: 'position',
    field: 'openedAt',
    bad: fc.oneof(
      fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)),
      fc.integer(),
    ),
  },
  {
    where: 'position',
    field: 'tiers',
    bad: fc.oneof(
      fc.constant([]),
      fc.string(),
      fc.array(fc.record({ minNotional: fc.integer({ min: 1 }) }), { minLength: 1, maxLength: 2 }),
    ),
  },
  { where: 'account', field: 'venue', bad: notOneOf(VENUE_IDS) },
  { where: 'account', field: 'marginMode', bad: notOneOf(['isolated', 'cross']) },
  { where: 'account', field: 'walletBalance', bad: notANumber },
  {
    where: 'account',
    field: 'takerFeeRate',
    bad: fc.oneof(
      fc.double({ min: 0.1001, max: 10, noNaN: true }),
      fc.double({ max: -0.0001, noNaN: true }),
      fc.string(),
    ),
  },
  {
    where: 'root',
    field: 'version',
    bad: fc.oneof(
      fc.integer().filter((v) => v !== 1),
      fc.string(),
      fc.constant(null),
    ),
  },
];

describe('fuzz: malformed input is refused with a clear error and changes nothing', () => {
  it(`${RUNS.json} malformed JSON files`, async () => {
    const mutation = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({
            kind: fc.constant('field' as const),
            m: fc.constantFrom(...jsonMutations),
            value: fc.constant(null),
          })
          .chain((r) => r.m.bad.map((value) => ({ ...r, value }))),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('unknown-key' as const),
          key: fc
            .string({ minLength: 1 })
            .filter(
              (k) =>
                ![
                  'name',
                  'venue',
                  'marginMode',
                  'positionMode',
                  'walletBalance',
                  'takerFeeRate',
                  'notes',
                  'positions',
                ].includes(k),
            ),
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(mutation, fc.nat(), fc.nat(), async (mut, ai, pi) => {
        const doc = structuredClone(validJson) as unknown as {
          version: unknown;
          accounts: { positions: Record<string, unknown>[] }[];
        } & Record<string, unknown>;
        const accountIndex = ai % doc.accounts.length;
        const account = doc.accounts[accountIndex]! as unknown as Record<string, unknown> & {
          positions: Record<string, unknown>[];
        };
        const positionIndex = pi % account.positions.length;
        let text: string;
        let expected: RegExp;
        if (mut.kind === 'field') {
          const target =
            mut.m.where === 'root' ? doc : mut.m.where === 'account' ? account : account.positions[positionIndex]!;
          target[mut.m.field] = mut.value;
          const path =
            mut.m.where === 'root'
              ? ''
              : mut.m.where === 'account'
                ? `accounts[${accountIndex}].`
                : `accounts[${accountIndex}].positions[${positionIndex}].`;
          expected = new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}${mut.m.field}(\\[\\d+\\]|\\.|:)`);
          text = JSON.stringify(doc);
        } else if (mut.kind === 'truncate') {
          const full = JSON.stringify(doc);
          text = full.slice(0, mut.at % (full.length - 1));
          expected = /^not valid JSON|^(version|accounts): expected/;
        } else {
          // An own property even for "__proto__" (a plain assignment would set the prototype, adding no key).
          Object.defineProperty(account, mut.key, { value: 1, enumerable: true, configurable: true, writable: true });
          text = JSON.stringify(doc);
          expected = new RegExp(`^accounts\\[${accountIndex}\\]: Unrecognized key`, 'i');
        }
        const result = await dispatch(t.ctx, 'import:commit', { format: 'json', text });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('user');
        expect(result.error.message.replace('import refused, nothing was written: ', '')).toMatch(expected);
        expect(content()).toBe(contentBefore);
      }),
      { numRuns: RUNS.json },
    );
  });

  /** CSV columns and cell texts that must be refused there (never blank, never valid by chance). */
  const lettersIn = fc.string({ minLength: 1 }).filter((s) => /[a-df-zA-DF-Z]/.test(s) && s.trim() !== '');
  const csvMutations: { column: (typeof CSV_COLUMNS)[number]; bad: fc.Arbitrary<string> }[] = [
    { column: 'quantity', bad: fc.oneof(lettersIn, fc.double({ max: 0, noNaN: true }).map(String)) },
    { column: 'entry_price', bad: fc.oneof(lettersIn, fc.constant('0'), fc.constant('-1')) },
    {
      column: 'leverage',
      bad: fc.oneof(lettersIn, fc.double({ min: 200.5, max: 1e9, noNaN: true }).map(String), fc.constant('0.5')),
    },
    { column: 'side', bad: lettersIn.filter((s) => !['long', 'short'].includes(s.trim().toLowerCase())) },
    {
      column: 'venue',
      bad: lettersIn.filter((s) => !(VENUE_IDS as readonly string[]).includes(s.trim().toLowerCase())),
    },
    { column: 'margin_mode', bad: lettersIn.filter((s) => !['isolated', 'cross'].includes(s.trim().toLowerCase())) },
    { column: 'wallet_balance', bad: lettersIn },
    { column: 'stop_loss', bad: fc.oneof(lettersIn, fc.constant('-5')) },
    { column: 'opened_at', bad: lettersIn.filter((s) => !/^\d/.test(s.trim())) },
    { column: 'tiers', bad: fc.oneof(lettersIn, fc.constant('[]'), fc.constant('[{"minNotional":5}]')) },
    { column: 'mark_price', bad: fc.oneof(lettersIn, fc.constant('0')) },
  ];

  it(`${RUNS.csv} malformed CSV files`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...csvMutations).chain((m) => m.bad.map((bad) => ({ m, bad }))),
        fc.nat(),
        async ({ m, bad }, ri) => {
          const rows = validCsvRows.map((r) => [...r]);
          const rowIndex = ri % rows.length;
          rows[rowIndex]![CSV_COLUMNS.indexOf(m.column)] = bad;
          const text = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows });
          const result = await dispatch(t.ctx, 'import:commit', { format: 'csv', text });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const message = result.error.message.replace('import refused, nothing was written: ', '');
          // Account cells repeat on every row of the account: the first row that disagrees is named.
          expect(message).toMatch(new RegExp(`^row \\d+, column "${m.column}": `));
          if (!['venue', 'margin_mode', 'wallet_balance'].includes(m.column) || rowIndex === 0) {
            expect(message.startsWith(`row ${rowIndex + 2}, column "${m.column}": `)).toBe(true);
          }
          expect(content()).toBe(contentBefore);
        },
      ),
      { numRuns: RUNS.csv },
    );
  });

  const writeChannels = [
    'accounts:upsert',
    'accounts:remove',
    'accounts:restore',
    'positions:upsert',
    'positions:remove',
    'positions:restore',
    'prices:set',
    'settings:set',
    'scenarios:upsert',
    'scenarios:remove',
    'import:commit',
    'backup:restore',
  ];
  const registry = flattenChannels(channels);

  it(`${RUNS.ipc} malformed IPC payloads to the writing channels`, async () => {
    const valid: Record<string, unknown> = {
      'accounts:upsert': { ...linearAccount, name: 'New' },
      'positions:upsert': { ...btcLong, symbol: 'SOLUSDT', accountId: '1' },
      'prices:set': { symbol: 'BTCUSDT', mark: 1 },
      'settings:set': { key: 'backup.keepDaily', value: 3 },
      'scenarios:upsert': { name: 'x', payload: { name: 'x', btcMove: 0.1, stressCorrelation: 0, horizonDays: 0 } },
    };
    const payload = fc.oneof(
      fc.anything(),
      fc
        .record({ channel: fc.constantFrom(...Object.keys(valid)), key: fc.string(), value: fc.anything() })
        .map(({ channel, key, value }) => {
          const base = { ...(valid[channel] as Record<string, unknown>) };
          const keys = Object.keys(base);
          base[keys[key.length % keys.length]!] = value;
          return { __channel: channel, ...base };
        }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeChannels), payload, async (channel, raw) => {
        const target =
          raw && typeof raw === 'object' && '__channel' in raw
            ? String((raw as { __channel: unknown }).__channel)
            : channel;
        const body =
          raw && typeof raw === 'object' && '__channel' in raw
            ? Object.fromEntries(Object.entries(raw).filter(([k]) => k !== '__channel'))
            : raw;
        fc.pre(!registry.get(target)!.request.safeParse(body).success); // malformed by the contract
        const result = await dispatch(t.ctx, target, body);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.message).toMatch(new RegExp(`^invalid ${target} request: `));
        expect(result.error.issues?.length).toBeGreaterThan(0);
        expect(content()).toBe(contentBefore);
      }),
      { numRuns: RUNS.ipc },
    );
  });
});
