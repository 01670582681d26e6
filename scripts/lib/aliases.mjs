// The path aliases of tsconfig.base.json (`@shared/*` → shared/*, …) as Vite `resolve.alias`
// entries, so the bundles, every vitest project and the bench builds resolve them like tsc.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { paths } = JSON.parse(
  readFileSync(new URL('../../tsconfig.base.json', import.meta.url), 'utf8'),
).compilerOptions;

/** `[{ find: /^@shared\//, replacement: '<repo>/shared/' }, …]` */
export const ALIASES = Object.entries(paths).map(([pattern, [target]]) => ({
  find: new RegExp(`^${pattern.replace('/*', '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  replacement: root + target.replace(/^\.\//, '').replace('*', ''),
}));
