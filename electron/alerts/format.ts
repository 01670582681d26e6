import type { AlertRule } from '@shared/alerts/schema';
import { SEVERITIES } from '@shared/warnings/rules';

/** What {@link describeAlert} needs to know about the condition that fired. */
export interface DescribedCheck {
  value: number | null;
  threshold: number;
  stale: boolean;
  context: string;
}

const pct = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)} %`);
/** A price for people: grouped, up to 10 significant digits. */
export const formatPrice = (v: number | null): string =>
  v === null ? '—' : v.toLocaleString('en-US', { maximumSignificantDigits: 10, useGrouping: true });

/**
 * Title and body of a notification, with the numbers. A stale price is said out loud: the
 * trader must not mistake an old price for the market.
 */
export function describeAlert(rule: AlertRule, check: DescribedCheck): { title: string; body: string } {
  const staleNote = check.stale ? ' Price is STALE (no live update recently): check the market.' : '';
  const label = rule.name ? `${rule.name}: ` : '';
  switch (rule.kind) {
    case 'distance-below':
      return {
        title: `${label}liquidation ${pct(check.value)} away`,
        body: `${check.context}: distance to liquidation ${pct(check.value)}, below your ${pct(check.threshold)} alert.${staleNote}`,
      };
    case 'margin-ratio-above':
      return {
        title: `${label}margin ratio ${pct(check.value)}`,
        body: `${check.context}: margin ratio ${check.value === null ? 'unbounded (equity ≤ 0)' : pct(check.value)}, above your ${pct(check.threshold)} alert.${staleNote}`,
      };
    case 'price-cross':
      return {
        title: `${label}${check.context} ${rule.direction} ${formatPrice(rule.level)}`,
        body: `${check.context} mark ${formatPrice(check.value)} is ${rule.direction} your level ${formatPrice(rule.level)}.${staleNote}`,
      };
    case 'warning-severity':
      return {
        title: `${label}${check.value ?? 0} sizing warning${check.value === 1 ? '' : 's'} (≥ ${SEVERITIES[check.threshold]})`,
        body: `${check.context}.${staleNote}`,
      };
  }
}
