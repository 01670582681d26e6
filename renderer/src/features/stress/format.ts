/**
 * Number formatting for the stress, chart, sizing and warnings screens (Intl, created once:
 * constructing a NumberFormat per cell would cost more than the stress maths per slider event).
 */
const usd0 = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const sig = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });
const sig4 = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 });
const pct1 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** U+2212 minus: the sign screen readers and traders both read as "minus". */
const MINUS = '\u2212';

/** A USD amount; whole dollars above $1 000. */
export function fmtUsd(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const s = Math.abs(v) >= 1000 ? usd0.format(v) : usd2.format(v);
  return s.replace('-', MINUS);
}

/** A price with up to 6 significant digits; "—" for null. */
export function fmtPrice(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return sig.format(v).replace('-', MINUS);
}

/** A plain number with up to 4 significant digits. */
export function fmtNum(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return sig4.format(v).replace('-', MINUS);
}

/** A return (−0.44) as a signed percent with one decimal: "−44.0 %". */
export function fmtMove(move: number): string {
  const p = move * 100;
  const s = pct1.format(Math.abs(p));
  return `${p < 0 && s !== '0.0' ? MINUS : p > 0 && s !== '0.0' ? '+' : ''}${s} %`;
}

/** A whole-percent slider value as text: −44 → "−44 %", 12 → "+12 %". */
export function fmtWholePct(pct: number): string {
  return `${pct < 0 ? MINUS : pct > 0 ? '+' : ''}${Math.abs(pct)} %`;
}

/** A probability as a percent: "12.3 %", "< 0.1 %" for tiny ones. */
export function fmtProb(p: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p > 0 && p < 0.001) return '< 0.1 %';
  return `${pct1.format(p * 100)} %`;
}
