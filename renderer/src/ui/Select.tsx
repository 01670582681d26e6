import type { SelectHTMLAttributes } from 'react';

/** A native select from a list of `{ value, label }` (native: keyboard and screen readers for free). */
export function Select<V extends string>({
  options,
  value,
  onValueChange,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V;
  onValueChange: (value: V) => void;
}) {
  return (
    <select value={value} onChange={(e) => onValueChange(e.target.value as V)} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
