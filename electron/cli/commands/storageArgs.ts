import { CliUserError } from '../types';

/**
 * Splits a command's arguments into positionals, `--name value` options (repeatable ones
 * collected in order) and `--flag`s; anything else is a user error naming the option.
 */
export function splitArgs(
  args: readonly string[],
  spec: { valued?: readonly string[]; repeated?: readonly string[]; flags?: readonly string[] },
): { positional: string[]; values: Map<string, string>; repeated: Map<string, string[]>; flags: Set<string> } {
  const valued = spec.valued ?? [];
  const repeatedNames = spec.repeated ?? [];
  const flagNames = spec.flags ?? [];
  const out = {
    positional: [] as string[],
    values: new Map<string, string>(),
    repeated: new Map<string, string[]>(),
    flags: new Set<string>(),
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      out.positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (flagNames.includes(name)) out.flags.add(name);
    else if (valued.includes(name) || repeatedNames.includes(name)) {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('--') && !/^--?\d/.test(value)))
        throw new CliUserError(`--${name} needs a value`);
      if (valued.includes(name)) out.values.set(name, value);
      else out.repeated.set(name, [...(out.repeated.get(name) ?? []), value]);
      i++;
    } else {
      const known = [...valued, ...repeatedNames, ...flagNames].map((n) => `--${n}`).join(' ');
      throw new CliUserError(`unknown option "${arg}"${known ? ` (known: ${known})` : ''}`);
    }
  }
  return out;
}

/** Exactly `count` positionals, or a usage error. */
export function expectPositionals(positional: string[], names: readonly string[], usage: string): string[] {
  if (positional.length !== names.length) {
    const missing = names.slice(positional.length);
    throw new CliUserError(
      positional.length < names.length
        ? `missing ${missing.join(' and ')}\nusage: ${usage}`
        : `unexpected argument "${positional[names.length]}"\nusage: ${usage}`,
    );
  }
  return positional;
}

/** A number for humans: up to 8 significant digits, no exponent for ordinary magnitudes. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 8, useGrouping: false }).format(value);
}
