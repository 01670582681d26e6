import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { makeFormatters, type Formatters } from './format';

const FormatContext = createContext<Formatters>(makeFormatters(''));

/** Provides number formatters for a locale (from Settings → Number format). */
export function FormatProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo(() => makeFormatters(locale), [locale]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

/** The current formatters: `const f = useFormat(); f.price(126000.5, 0.1)`. */
export function useFormat(): Formatters {
  return useContext(FormatContext);
}
