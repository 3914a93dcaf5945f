/**
 * The package dependency table of docs/ARCHITECTURE.md, as data, and the lint rule that enforces it
 * (habit 2 of STYLE.md). eslint.config.js turns each row into rules; eslint/layers.test.ts runs ESLint on a
 * probe per forbidden import and checks that the table in ARCHITECTURE.md says the same as this one.
 */
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Node's own modules, with and without the `node:` prefix. */
const NODE = ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))];
/** What does I/O: Node itself, databases, HTTP, the browser UI. */
const IO = [...NODE, 'better-sqlite3', 'pg', 'kysely', 'fastify', 'nodemailer', 'react', 'react-dom'];
/** What only a server may load: the browser bundle must not pull them in. */
const SERVER = [...NODE, 'better-sqlite3', 'pg', 'kysely', 'fastify', '@fastify/*', 'nodemailer', 'exceljs'];

/**
 * One row per package. `may`: the internal packages its code may import (by name, public index only);
 * `testsMay`: more for its tests; `forbid`: external modules its non-test code must not import; `pure`: no
 * clock, environment or randomness (Date, process, Math.random) outside tests. Rows whose directory does
 * not exist yet are the packages being built (issue 9, 10, 14): their rules apply as soon as they land.
 * `notBundled`: files of the package that run in Node (web's build configuration).
 */
export const LAYERS = [
  { name: 'domain', dir: 'packages/domain', may: [], forbid: IO, pure: true },
  { name: 'importer', dir: 'packages/importer', may: ['domain'], forbid: IO, pure: true },
  { name: 'pdf-source', dir: 'packages/pdf-source', may: ['domain', 'importer'] },
  { name: 'storage', dir: 'packages/storage', may: ['domain'], testsMay: ['importer'] },
  {
    name: 'reports',
    dir: 'packages/reports',
    may: ['domain'],
    testsMay: ['importer'],
    forbid: ['react', 'react-dom'],
  },
  { name: 'contract', dir: 'packages/contract', may: ['domain'], forbid: IO },
  {
    name: 'commands',
    dir: 'packages/commands',
    may: ['domain', 'importer', 'storage', 'reports', 'pdf-source'],
    testsMay: ['storage/testing'],
    forbid: ['fastify', '@fastify/*', 'react'],
  },
  {
    name: 'api',
    dir: 'apps/api',
    may: ['domain', 'importer', 'storage', 'commands', 'contract', 'reports', 'pdf-source'],
    testsMay: ['cli', 'storage/testing', 'importer/testing'],
    forbid: ['react', 'react-dom'],
  },
  {
    name: 'cli',
    dir: 'apps/cli',
    may: ['domain', 'importer', 'storage', 'commands', 'reports', 'pdf-source', 'api'],
    forbid: ['react', 'react-dom'],
  },
  {
    name: 'web',
    dir: 'apps/web',
    may: ['domain', 'contract'],
    forbid: [...SERVER, 'crypto'],
    browser: true,
    notBundled: ['apps/web/vite.config.ts'],
  },
];

const TEST_FILE = /(^|\/)test\/|\.test\.tsx?$/;
/** The package a path (relative to the repository root) belongs to; `root` for e2e/, bench/, scripts/. */
export function packageOf(path) {
  const m = /^(packages|apps)\/([^/]+)\//.exec(path.split(sep).join('/'));
  return m ? `${m[1]}/${m[2]}` : 'root';
}

const nameOfDir = (dir) => LAYERS.find((l) => l.dir === dir)?.name ?? dir.split('/')[1];

/** Why `source`, imported from `file` (absolute), breaks the table; null when it does not. */
export function layerViolation(file, source) {
  const from = relative(ROOT, file).split(sep).join('/');
  const home = packageOf(from);
  if (source.startsWith('.')) {
    const target = packageOf(relative(ROOT, resolve(dirname(file), source)));
    if (target === home || target === 'root') return null;
    return `a relative import crosses into ${target}: import '@gangmu/${nameOfDir(target)}' (its public index)`;
  }
  const internal = /^@gangmu\/(.+)$/.exec(source);
  const layer = LAYERS.find((l) => l.dir === home);
  if (!internal || !layer) return null;
  const allowed = [...layer.may, ...(TEST_FILE.test(from) ? (layer.testsMay ?? []) : [])];
  if (allowed.includes(internal[1])) return null;
  const [name] = internal[1].split('/');
  if (allowed.includes(name) && name !== internal[1])
    return `'${source}' reaches into ${name}'s internals: import '@gangmu/${name}' (its public index)`;
  return `${layer.name} must not import @gangmu/${name} (docs/ARCHITECTURE.md: ${layer.name} may import ${layer.may.join(', ') || 'nothing internal'})`;
}

/** The rule: every static import, re-export and dynamic import() with a literal source. */
const layersRule = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{why}}' } },
  create(context) {
    const check = (node) => {
      const source = node?.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = layerViolation(context.filename, source.value);
      if (why) context.report({ node: source, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };

/** The ESLint configs of every row: the layer rule everywhere, forbidden modules and globals outside tests. */
export function layerConfigs() {
  const tests = ['**/*.test.ts', '**/*.test.tsx', '**/test/**'];
  const configs = [
    {
      files: ['**/*.{ts,tsx,js}'],
      plugins: { gangmu: layersPlugin },
      rules: { 'gangmu/layers': 'error' },
    },
  ];
  for (const layer of LAYERS) {
    const rules = {};
    if (layer.forbid?.length) {
      // Exact names as `paths`: a bare `group` entry such as "domain" (a Node module) would match @gangmu/domain.
      const message = `${layer.name} must not import this (docs/ARCHITECTURE.md)`;
      const forbid = [...new Set(layer.forbid)];
      rules['no-restricted-imports'] = [
        'error',
        {
          paths: forbid.filter((m) => !m.includes('*')).map((name) => ({ name, message })),
          patterns: forbid.some((m) => m.includes('*'))
            ? [{ group: forbid.filter((m) => m.includes('*')), message }]
            : [],
        },
      ];
    }
    if (layer.pure) {
      const clock = 'the domain core is pure: take the time, the environment or random values as arguments';
      rules['no-restricted-globals'] = [
        'error',
        { name: 'Date', message: clock },
        { name: 'process', message: clock },
        { name: 'globalThis', message: clock },
      ];
      rules['no-restricted-properties'] = ['error', { object: 'Math', property: 'random', message: clock }];
    }
    if (layer.browser)
      rules['no-restricted-globals'] = [
        'error',
        {
          name: 'crypto',
          message: 'crypto.randomUUID and crypto.subtle are missing over plain http (not a secure context)',
        },
        { name: 'process', message: 'the browser has no process: use import.meta.env' },
      ];
    if (Object.keys(rules).length)
      configs.push({
        files: [`${layer.dir}/**/*.{ts,tsx}`],
        ignores: [...tests, ...(layer.notBundled ?? [])],
        rules,
      });
  }
  return configs;
}
