/**
 * The renderer's data layer: TanStack Query hooks over `window.cascade`. Screens read the book
 * and settings through these hooks (never through `window` or Electron) and write through the
 * mutations, which refresh the book afterwards.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Book, BookAccount, BookPosition } from '@shared/book/types';
import { toAccountSpec } from '@shared/book/types';
import { overrideMap, withTierOverrides, type TierOverrides } from '@shared/book/tierOverrides';
import type { TierOverrideRow } from '@shared/ipc/channels/tierOverrides';
import { assessAccount } from '@shared/engine';
import type { AccountRisk } from '@shared/engine';
import type { AccountInput, PositionInput } from '@shared/book/schema';
import { callChannel } from './channel';
import { useApi } from './cascade';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  readLocalSettings,
  SETTING_KEY,
  writeLocalSettings,
  type AppSettings,
} from './settings';

export const queryKeys = {
  book: ['book'] as const,
  prices: ['prices'] as const,
  settings: ['settings'] as const,
  appInfo: ['app-info'] as const,
  priceHistory: (symbol: string) => ['prices', 'history', symbol] as const,
  tierOverrides: ['tier-overrides'] as const,
};

/** The whole book (`book.get`). */
export function useBook() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.book, queryFn: () => callChannel<Book>(api, ['book', 'get'], {}) });
}

/** Risk of one account, or why it could not be assessed (a message naming the field). */
export type AccountRiskResult = { risk: AccountRisk; error?: undefined } | { risk?: undefined; error: string };

/** Assesses every account of a book with the engine (pure, in the renderer). */
export function assessBook(book: Book): Map<string, AccountRiskResult> {
  const out = new Map<string, AccountRiskResult>();
  for (const account of book.accounts) {
    try {
      out.set(account.id, { risk: assessAccount(toAccountSpec(account)) });
    } catch (error) {
      out.set(account.id, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** The user's tier overrides (`tierOverrides.list`); none when the channel fails. */
export function useTierOverrides(): {
  rows: TierOverrideRow[];
  map: TierOverrides;
  error: unknown;
  isPending: boolean;
} {
  const api = useApi();
  const query = useQuery({
    queryKey: queryKeys.tierOverrides,
    queryFn: () => callChannel<TierOverrideRow[]>(api, ['tierOverrides', 'list'], {}),
  });
  const rows = query.data;
  const map = useMemo(() => overrideMap(rows ?? []), [rows]);
  return { rows: rows ?? [], map, error: query.error, isPending: query.isPending };
}

/**
 * The book as it is ASSESSED: positions without maintenance parameters of their own get the
 * user's tier override for their venue + symbol (shared/book/tierOverrides.ts), exactly as main's
 * risk channels, alerts and the CLI do. Screens that edit positions use {@link useBook} instead,
 * so that an override is never written into a position.
 */
export function useEffectiveBook() {
  const book = useBook();
  const overrides = useTierOverrides();
  const { map } = overrides;
  // Not ready until the overrides are read: assessing without them would show other LPs than main's.
  // A failed overrides read does not block the book (the Settings panel shows that error).
  const waiting = overrides.isPending;
  const data = useMemo(
    () => (book.data && !waiting ? withTierOverrides(book.data, map) : undefined),
    [book.data, map, waiting],
  );
  return { ...book, data, isPending: book.isPending || waiting };
}

/** The book plus the engine's risk per account id, recomputed only when the book changes. */
export function useBookRisk() {
  const book = useEffectiveBook();
  const risk = useMemo(() => (book.data ? assessBook(book.data) : undefined), [book.data]);
  return { ...book, risk };
}

/** Alias kept for screens written against the brief's name. */
export const useRisk = useBookRisk;

/** Stored mark prices (`prices.list`). */
export function usePrices() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.prices,
    queryFn: () => callChannel<unknown>(api, ['prices', 'list'], {}),
  });
}

/** Price history of one symbol (`prices.history`), for the chart. */
export function usePriceHistory(symbol: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.priceHistory(symbol ?? ''),
    enabled: !!symbol,
    queryFn: () => callChannel<unknown>(api, ['prices', 'history'], { symbol }),
  });
}

/** App version, database path and schema version (`app:info`). */
export function useAppInfo() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => callChannel<{ version: string; dbPath: string; schemaVersion: number }>(api, ['appInfo'], {}),
  });
}

/** The user's settings; defaults until loaded or when the settings channel is unavailable. */
export function useSettings(): { settings: AppSettings; isPending: boolean } {
  const api = useApi();
  const query = useQuery({
    queryKey: queryKeys.settings,
    queryFn: async () => {
      const local = readLocalSettings();
      try {
        return parseSettings(await callChannel<{ key: string; value: unknown }[]>(api, ['settings', 'all'], {}), local);
      } catch {
        return parseSettings([], local);
      }
    },
  });
  return { settings: query.data ?? DEFAULT_SETTINGS, isPending: query.isPending };
}

/**
 * Saves part of the settings; the cache updates first so the theme switches at once. A key the
 * database refuses (not in shared/settings yet) is kept in local storage instead.
 */
export function useSaveSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (patch: Partial<AppSettings>) => {
      const next = { ...(client.getQueryData<AppSettings>(queryKeys.settings) ?? DEFAULT_SETTINGS), ...patch };
      client.setQueryData(queryKeys.settings, next);
      writeLocalSettings(patch);
      for (const [name, value] of Object.entries(patch)) {
        try {
          await callChannel<unknown>(api, ['settings', 'set'], { key: SETTING_KEY[name as keyof AppSettings], value });
        } catch {
          // kept locally (written above)
        }
      }
      return next;
    },
  });
}

function refreshBook(client: QueryClient) {
  return client.invalidateQueries({ queryKey: queryKeys.book });
}

export type { AccountInput, PositionInput };

/** Creates or replaces the tier override of a venue + symbol (`tierOverrides.set`). */
export function useSetTierOverride() {
  return useChannelMutation<{ venue: string; symbol: string; tiers: unknown; source?: string | null }, TierOverrideRow>(
    queryKeys.tierOverrides,
    ['tierOverrides', 'set'],
  );
}

/** Removes a tier override (`tierOverrides.remove`); resolves to the removed row (set it again to undo). */
export function useRemoveTierOverride() {
  return useChannelMutation<{ venue: string; symbol: string }, TierOverrideRow>(queryKeys.tierOverrides, [
    'tierOverrides',
    'remove',
  ]);
}

/** A mutation on the channel at `path` that refetches the query at `refresh` once it succeeds. */
function useChannelMutation<Req, Res>(
  refresh: readonly string[],
  path: readonly string[],
  toRequest: (variables: Req) => unknown = (variables) => variables,
) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: Req) => callChannel<Res>(api, path, toRequest(variables)),
    onSuccess: () => client.invalidateQueries({ queryKey: refresh }),
  });
}

/** A mutation on the channel at `path` that refetches the book once it succeeds. */
function useBookMutation<Req, Res>(path: readonly string[], toRequest?: (variables: Req) => unknown) {
  return useChannelMutation<Req, Res>(queryKeys.book, path, toRequest);
}

/** Creates or updates an account (`accounts.upsert`). */
export function useUpsertAccount() {
  return useBookMutation<AccountInput, BookAccount>(['accounts', 'upsert']);
}

/** Deletes an account and its positions (`accounts.remove`). */
export function useRemoveAccount() {
  return useBookMutation<string, { account: unknown; positions: BookPosition[] }>(['accounts', 'remove'], (id) => ({
    id,
  }));
}

/** Creates or updates a position (`positions.upsert`). */
export function useUpsertPosition() {
  return useBookMutation<PositionInput, BookPosition>(['positions', 'upsert']);
}

/** Deletes a position (`positions.remove`); resolves to the removed position, which `positions.restore` takes to undo. */
export function useRemovePosition() {
  return useBookMutation<string, BookPosition>(['positions', 'remove'], (id) => ({ id }));
}

/** Undoes an account delete (`accounts.restore`) with what `accounts.remove` returned. */
export function useRestoreAccount() {
  return useBookMutation<unknown, unknown>(['accounts', 'restore']);
}

/** Undoes a delete (`positions.restore`). */
export function useRestorePosition() {
  return useBookMutation<unknown, unknown>(['positions', 'restore']);
}

/** Sets a manual mark price (`prices.set`). */
export function useSetPrice() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { symbol: string; mark: number }) => callChannel<unknown>(api, ['prices', 'set'], request),
    onSuccess: () => {
      void refreshBook(client);
      void client.invalidateQueries({ queryKey: queryKeys.prices });
    },
  });
}

/** An import request: the file's text and format, and a column mapping for a foreign CSV. */
export interface ImportRequest {
  format: 'json' | 'csv';
  text: string;
  mapping?: { columns: Record<string, string>; defaults?: Record<string, string> };
}

/** What an import would do / did (shared/ipc/channels/transfer.ts `importSummarySchema`). */
export interface ImportSummary {
  layout: string | null;
  added: number;
  changed: number;
  unchanged: number;
  accounts: { added: number; changed: number; unchanged: number };
  prices: { added: number; changed: number; unchanged: number };
  /** Cascade JSON files carry tier overrides (optional here: older answers lack it). */
  tierOverrides?: { added: number; changed: number; unchanged: number };
  items: { account: string; symbol: string; side: 'long' | 'short'; status: 'added' | 'changed' | 'unchanged' }[];
  errors: { row: number | null; column: string | null; message: string }[];
  needsMapping: { signature: string; header: string[]; fields: string[]; required: string[] } | null;
}

/** Previews an import (`import.preview`): what would be added/changed, errors by row and column. */
export function useImportPreview() {
  const api = useApi();
  return useMutation({
    mutationFn: (request: ImportRequest) => callChannel<ImportSummary>(api, ['import', 'preview'], request),
  });
}

/** Commits an import (`import.commit`), all or nothing. */
export function useImportCommit() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => callChannel<ImportSummary>(api, ['import', 'commit'], request),
    onSuccess: () => {
      void refreshBook(client);
      void client.invalidateQueries({ queryKey: queryKeys.prices });
    },
  });
}

/** Exports the book (`export.run`) as Cascade JSON or CSV text with a suggested file name. */
export function useExport() {
  const api = useApi();
  return useMutation({
    mutationFn: (format: 'json' | 'csv') =>
      callChannel<{ text: string; fileName: string }>(api, ['export', 'run'], { format }),
  });
}

/** Makes a backup copy of the database now (`backup.create`). */
export function useBackup() {
  const api = useApi();
  return useMutation({
    mutationFn: () =>
      callChannel<{ file: string; path: string; bytes: number; createdAt: string }>(api, ['backup', 'create'], {}),
  });
}
