/**
 * Number formatting for the whole window: Intl.NumberFormat in the user's locale, prices at the
 * instrument's tick size (a BTC tick of 0.1 shows one decimal), cached because the book table
 * formats thousands of cells.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale || undefined, options);
    cache.set(key, f);
  }
  return f;
}

/** Decimals a tick size implies: 0.1 → 1, 0.005 → 3, 1e-7 → 7, 5 → 0. */
export function decimalsOfTick(tick: number): number {
  if (!(tick > 0) || !Number.isFinite(tick)) return 2;
  const text = tick.toString();
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, text.indexOf('e'));
    const frac = mantissa.includes('.') ? mantissa.split('.')[1].length : 0;
    return Number(exp[1]) + frac;
  }
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimals for a price without a known tick: enough significant digits for small coins. */
function decimalsForMagnitude(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 1000) return 1;
  if (abs >= 1) return 2;
  if (abs === 0) return 2;
  return Math.min(8, Math.max(2, 3 - Math.floor(Math.log10(abs))));
}

/** Formatters bound to a locale ('' = system). Every function renders null/undefined/NaN as '—'. */
export interface Formatters {
  locale: string;
  price(value: number | null | undefined, tickSize?: number): string;
  qty(value: number | null | undefined): string;
  money(value: number | null | undefined, decimals?: number): string;
  signedMoney(value: number | null | undefined, decimals?: number): string;
  pct(ratio: number | null | undefined, decimals?: number): string;
  signedPct(ratio: number | null | undefined, decimals?: number): string;
  num(value: number | null | undefined, decimals?: number): string;
}

const DASH = '—';
const bad = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || !Number.isFinite(v);

export function makeFormatters(locale: string): Formatters {
  const fixed = (d: number, sign = false) =>
    formatter(locale, {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
  return {
    locale,
    price: (v, tick) => (bad(v) ? DASH : fixed(tick ? decimalsOfTick(tick) : decimalsForMagnitude(v)).format(v)),
    qty: (v) => (bad(v) ? DASH : formatter(locale, { maximumFractionDigits: 8 }).format(v)),
    money: (v, d = 2) => (bad(v) ? DASH : fixed(d).format(v)),
    signedMoney: (v, d = 2) => (bad(v) ? DASH : fixed(d, true).format(v)),
    pct: (v, d = 2) =>
      bad(v)
        ? DASH
        : formatter(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(v),
    signedPct: (v, d = 2) =>
      bad(v)
        ? DASH
        : formatter(locale, {
            style: 'percent',
            minimumFractionDigits: d,
            maximumFractionDigits: d,
            signDisplay: 'exceptZero',
          }).format(v),
    num: (v, d = 2) => (bad(v) ? DASH : fixed(d).format(v)),
  };
}
