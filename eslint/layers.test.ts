/**
 * The lint rules bite: ESLint (its programmatic API, the repository's own config) runs on one probe file per
 * forbidden import or global, each placed where the rule applies, and every probe must fail with the rule
 * that forbids it; clean probes (what each package may do) must pass. Then the dependency table of
 * docs/ARCHITECTURE.md must say what eslint/layers.js enforces, with a row for every package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS, ROOT } from './layers.js';

const use = (source: string) => `import * as m from '${source}';\nexport const probe = m;\n`;
const LAYER = 'gangmu/layers';
const IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';

/** [where the probe file is, its text, the rule that must reject it] */
const FORBIDDEN: [string, string, string][] = [
  ['packages/domain/src/probe.ts', use('node:fs'), IMPORTS],
  ['packages/domain/src/probe.ts', use('fs'), IMPORTS],
  ['packages/domain/src/probe.ts', use('react'), IMPORTS],
  ['packages/domain/src/probe.ts', 'export const now = Date.now();\n', GLOBALS],
  ['packages/domain/src/probe.ts', 'export const now = new Date();\n', GLOBALS],
  ['packages/domain/src/probe.ts', 'export const env = process.env.TZ;\n', GLOBALS],
  ['packages/domain/src/probe.ts', 'export const r = Math.random();\n', 'no-restricted-properties'],
  ['packages/domain/src/probe.ts', use('@gangmu/importer'), LAYER],
  ['packages/domain/src/probe.ts', use('../../storage/src/index.ts'), LAYER],
  ['packages/importer/src/probe.ts', use('node:path'), IMPORTS],
  ['packages/importer/src/probe.ts', use('better-sqlite3'), IMPORTS],
  ['packages/importer/src/probe.ts', 'export const now = Date.now();\n', GLOBALS],
  ['packages/importer/src/probe.ts', 'export const env = process.env.TZ;\n', GLOBALS],
  ['packages/importer/src/probe.ts', 'export const r = Math.random();\n', 'no-restricted-properties'],
  ['packages/importer/src/probe.ts', use('@gangmu/storage'), LAYER],
  ['packages/importer/src/probe.ts', use('../../domain/src/index.ts'), LAYER],
  ['packages/storage/src/probe.ts', use('@gangmu/importer'), LAYER],
  ['packages/storage/src/probe.ts', use('@gangmu/api'), LAYER],
  ['packages/contract/src/probe.ts', use('@gangmu/storage'), LAYER],
  ['packages/contract/src/probe.ts', use('node:fs'), IMPORTS],
  ['packages/commands/src/probe.ts', use('@gangmu/api'), LAYER],
  ['packages/commands/src/probe.ts', use('fastify'), IMPORTS],
  ['apps/api/src/probe.ts', use('@gangmu/web'), LAYER],
  ['apps/api/src/probe.ts', use('@gangmu/cli'), LAYER],
  ['apps/api/src/probe.ts', use('../../cli/src/main.ts'), LAYER],
  ['apps/api/src/probe.ts', use('@gangmu/storage/testing'), LAYER],
  ['apps/api/src/probe.ts', use('react'), IMPORTS],
  ['apps/cli/src/probe.ts', use('@gangmu/api/src/server.ts'), LAYER],
  ['apps/cli/src/probe.ts', use('../../api/src/server.ts'), LAYER],
  ['apps/cli/src/probe.ts', use('@gangmu/web'), LAYER],
  ['apps/web/src/probe.ts', use('@gangmu/storage'), LAYER],
  ['apps/web/src/probe.ts', use('@gangmu/api'), LAYER],
  ['apps/web/src/probe.ts', use('@gangmu/importer'), LAYER],
  ['apps/web/src/probe.ts', 'export const load = () => import("@gangmu/storage");\n', LAYER],
  ['apps/web/src/probe.ts', use('../../api/src/index.ts'), LAYER],
  ['apps/web/src/probe.ts', use('node:fs'), IMPORTS],
  ['apps/web/src/probe.ts', use('crypto'), IMPORTS],
  ['apps/web/src/probe.ts', use('kysely'), IMPORTS],
  ['apps/web/src/probe.tsx', 'export const id = crypto.randomUUID();\n', GLOBALS],
  ['apps/web/src/probe.ts', 'export const env = process.env.NODE_ENV;\n', GLOBALS],
  ['e2e/probe.ts', use('../apps/api/src/server.ts'), LAYER],
];

/** What each package may do: these pass. */
const ALLOWED: [string, string][] = [
  ['packages/domain/src/probe.ts', 'export const twice = (n: number) => n * 2;\n'],
  ['packages/domain/src/probe.test.ts', use('node:fs') + 'export const now = Date.now();\n'],
  ['packages/importer/src/probe.ts', use('@gangmu/domain')],
  ['packages/importer/src/probe.ts', use('./structure/outline-builder.ts')],
  ['packages/storage/src/probe.ts', use('node:fs')],
  ['packages/storage/test/probe.test.ts', use('@gangmu/importer')],
  ['apps/api/src/probe.ts', use('@gangmu/storage')],
  ['apps/api/test/probe.test.ts', use('@gangmu/storage/testing') + use('@gangmu/cli').replace(/\bm\b/g, 'c')],
  ['apps/cli/src/probe.ts', use('@gangmu/api')],
  ['apps/web/src/probe.tsx', use('react') + use('antd').replace(/\bm\b/g, 'a')],
  ['apps/web/vite.config.ts', use('node:path')],
  ['e2e/probe.ts', use('@gangmu/api')],
];

const ruleIds = async (eslint: ESLint, path: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
};

describe('lint enforces the dependency table', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it.each(FORBIDDEN)('%s rejects %j (%s)', async (path, code, rule) => {
    expect(await ruleIds(eslint, path, code)).toContain(rule);
  });

  it.each(ALLOWED)('%s accepts %j', async (path, code) => {
    expect(await ruleIds(eslint, path, code)).toEqual([]);
  });
});

describe('docs/ARCHITECTURE.md states the same table', () => {
  const doc = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## What each package may import'));
  const rows = new Map(
    section
      .split('\n')
      .filter((l) => /^\|\s*[a-z][a-z-]*\s*\|/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()))
      .map(([, name, may]) => [name!, may!] as const)
      .filter(([name]) => name !== 'package'),
  );

  it('has a rule row for every package in the repository', () => {
    const dirs = ['packages', 'apps'].flatMap((top) =>
      readdirSync(join(ROOT, top))
        .filter((d) => existsSync(join(ROOT, top, d, 'package.json')))
        .map((d) => `${top}/${d}`),
    );
    const missing = dirs.filter((d) => !LAYERS.some((l) => l.dir === d));
    expect(missing, 'add a row to LAYERS in eslint/layers.js and to docs/ARCHITECTURE.md').toEqual([]);
  });

  it.each(LAYERS.map((l) => [l.name, l] as const))('%s: the may-import column matches', (name, layer) => {
    const may = rows.get(name);
    expect(may, `docs/ARCHITECTURE.md has no row for ${name}`).toBeDefined();
    // The column starts with the internal packages ("—" for none); after ";" come outside libraries, and
    // an italic remark in parentheses is a note.
    const listed = may!
      .replace(/[_*]\(.*?\)[_*]/g, '')
      .split(';')[0]!
      .split(',')
      .map((s) => s.replace(/`|@gangmu\/|\(.*\)/g, '').trim())
      .filter((s) => s && s !== '—');
    expect(listed.sort()).toEqual([...layer.may].sort());
  });

  it('has no row for a package the rules do not know', () => {
    expect([...rows.keys()].filter((n) => !LAYERS.some((l) => l.name === n))).toEqual([]);
  });
});
