// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download (on machines that can fetch it). Returns null when none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core absent or no browser registry: fall through
  }
  return null;
}

export const CHROMIUM_HELP =
  'No Chromium found: install one (Debian: apt-get install -y chromium), set CHROMIUM_PATH, or run `npx playwright install chromium` where downloads work.';
