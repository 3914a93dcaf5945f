#!/usr/bin/env node
// The bundle budget, checked in CI: gzipped JavaScript a browser loads on first visit (the entry script and
// every module it preloads), for the public portal (index.html, ≤ 350 KB) and the staff app (app.html, ≤ 700 KB).
// Lazy routes and the chart library are not in the first load by design.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'apps/web/dist';
const BUDGETS = { 'index.html': 350 * 1024, 'app.html': 700 * 1024 };
let failed = false;
for (const [page, budget] of Object.entries(BUDGETS)) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const sizes = files.map((f) => gzipSync(readFileSync(join(DIST, f))).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const ok = total <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${page.padEnd(11)} ${(total / 1024).toFixed(1)} KB gzipped JS on first load (budget ${budget / 1024} KB; ${files.length} files)`,
  );
}
process.exit(failed ? 1 : 0);
