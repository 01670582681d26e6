import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The version in package.json (the CLI runs from source, not from a packaged app). */
export function packageVersion(): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
