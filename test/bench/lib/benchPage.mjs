// Shared plumbing for the Chromium bench scripts in test/bench/*.mjs: builds a bench app with vite
// into a temp dir, serves it on 127.0.0.1, opens it in real Chromium and always cleans up. Also the
// percentile summary both benches print.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { ALIASES } from '../../../scripts/lib/aliases.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../../../scripts/lib/chromium.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds the vite app at `root`, serves it, opens `index.html?<query>` in a 1400×900 Chromium page
 * and runs `use({ page, browser })`. Exits with CHROMIUM_HELP when no Chromium is found.
 * `name` labels errors ("<name>: …", "<name> page error: …"); `tmpPrefix` names the build dir.
 */
export async function withBenchPage({ name, root, tmpPrefix, query }, use) {
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  if (!executablePath || !existsSync(executablePath)) {
    console.error(`${name}: ${CHROMIUM_HELP}`);
    process.exit(1);
  }
  const out = mkdtempSync(join(tmpdir(), tmpPrefix));
  let server;
  let browser;
  try {
    await build({
      root,
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      resolve: { alias: ALIASES },
      build: { outDir: out, emptyOutDir: true, reportCompressedSize: false },
    });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
      const file = join(out, path || 'index.html');
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error(`${name} page error:`, e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html?${query}`);
    return await use({ page, browser });
  } finally {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** The p-th percentile (0–100) of `xs` after dropping the first `warmup` samples. */
export function percentile(xs, p, warmup) {
  const s = xs.slice(warmup).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** One console.table row: sample count, p50, p95 and max in ms, after dropping `warmup` samples. */
export function timingRow(name, xs, warmup) {
  return {
    measure: name,
    samples: xs.length - warmup,
    p50: `${percentile(xs, 50, warmup).toFixed(2)} ms`,
    p95: `${percentile(xs, 95, warmup).toFixed(2)} ms`,
    max: `${Math.max(...xs.slice(warmup)).toFixed(2)} ms`,
  };
}
