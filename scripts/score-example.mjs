#!/usr/bin/env node
// Imports the example plan and scores it against its gold file with the shared scorer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const json = execFileSync(
  'node_modules/.bin/gangmu',
  ['import', 'examples/xihu-2021-2025/plan.txt', '--format', 'json'],
  { encoding: 'utf8', maxBuffer: 64 << 20 },
);
const out = join(mkdtempSync(join(tmpdir(), 'gangmu-')), 'xihu.json');
writeFileSync(out, json);
execFileSync(
  process.execPath,
  ['tools/score-import.mjs', 'examples/xihu-2021-2025/plan.gold.json', out, '--min', '0.98'],
  { stdio: 'inherit' },
);
