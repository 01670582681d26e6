import type { InputHTMLAttributes } from 'react';

/**
 * A text input for numbers: keeps the user's text as typed (so "0." and "1e" survive while
 * typing), shows a numeric keyboard, and leaves parsing to {@link parseNumber}.
 */
export function NumberInput({
  value,
  onValueChange,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onValueChange: (text: string) => void;
}) {
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
      {...rest}
    />
  );
}

/**
 * Parses a typed number: '' → undefined (field left empty), accepts a comma as the decimal
 * separator ("1,5") and commas, spaces or underscores as grouping ("1,500", "4 200.5"), NaN
 * for anything else.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/[\s_\u202f\u00a0]/g, '');
  if (t === '') return undefined;
  // One comma: a decimal comma ("1,5"), unless it reads as thousands grouping ("1,500").
  const decimalComma = /^[+-]?\d+,\d+$/.test(t) && !/^[+-]?[1-9]\d{0,2},\d{3}$/.test(t);
  const normalized = decimalComma ? t.replace(',', '.') : t.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return Number.NaN;
  return Number(normalized);
}
