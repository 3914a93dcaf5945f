#!/usr/bin/env node
// Runs the whole Vitest suite and ends with the plain line CI reads: "N passed, N failed, N skipped".
// Vitest's own summary ("Tests 2 passed (2)") is not recognised by CI (see ../shared/STACK.md, trap 1).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The end-to-end tests run on the production build of the web app: build it when it is missing.
if (!existsSync('apps/web/dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) console.error('the web app did not build; the end-to-end tests will be skipped');
}

const outDir = '.test-results';
const outFile = join(outDir, 'vitest.json');
mkdirSync(outDir, { recursive: true });
rmSync(outFile, { force: true });
// The adversarial files (apps/api/test/adversarial) each leave a ledger here; their sum is printed at the end.
const ledgerDir = join(outDir, 'adversarial');
rmSync(ledgerDir, { recursive: true, force: true });
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } },
);
if (!existsSync(outFile)) {
  console.log('0 passed, 1 failed');
  console.error('vitest wrote no results: it did not run');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(outFile, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
const failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
if (!/^postgres/.test(process.env.DATABASE_URL ?? '')) {
  console.log(
    'PostgreSQL skipped: DATABASE_URL is unset, so the storage and API tests ran on SQLite only (set DATABASE_URL=postgres://… to run them on PostgreSQL too)',
  );
} else {
  console.log('PostgreSQL: the storage and API tests also ran on DATABASE_URL');
}
const ledgers = existsSync(ledgerDir)
  ? readdirSync(ledgerDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(ledgerDir, f), 'utf8')))
  : [];
if (ledgers.length) {
  const sum = (k) => ledgers.reduce((n, l) => n + (Array.isArray(l[k]) ? l[k].length : l[k]), 0);
  for (const l of ledgers) for (const lost of l.lost) console.log(`adversarial, lost: ${lost}`);
  // 2xx answers that changed and disclosed nothing (an empty list under a plan id that does not exist).
  const harmless = sum('harmlessCount');
  const routes = [
    ...new Set(ledgers.flatMap((l) => l.harmless.map((h) => h.split(' ').slice(1, 3).join(' ')))),
  ];
  if (harmless)
    console.log(`adversarial, answered 2xx disclosing and changing nothing: ${routes.sort().join(', ')}`);
  console.log(
    `${sum('tried')} tried, ${sum('answered')} answered 4xx/503 with nothing changed, ${sum('lost')} lost` +
      (harmless ? ` (${harmless} more answered 2xx, disclosing and changing nothing)` : ''),
  );
}
console.log(`${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 && r.numPassedTests > 0 ? 0 : 1);
