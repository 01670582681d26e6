import type { MaintenanceTier } from '@shared/engine/types';

/**
 * Tier lists are stored as JSON text. JSON has no Infinity, and the last tier's `maxNotional`
 * is often Infinity, so it is written as null and read back as Infinity.
 */
export function encodeTiers(tiers: readonly MaintenanceTier[] | undefined | null): string | null {
  if (!tiers) return null;
  return JSON.stringify(
    tiers.map((t) => ({ ...t, maxNotional: Number.isFinite(t.maxNotional) ? t.maxNotional : null })),
  );
}

export function decodeTiers(text: string | null): MaintenanceTier[] | undefined {
  if (text === null) return undefined;
  const raw = JSON.parse(text) as Array<Omit<MaintenanceTier, 'maxNotional'> & { maxNotional: number | null }>;
  return raw.map((t) => ({ ...t, maxNotional: t.maxNotional === null ? Infinity : t.maxNotional }));
}
