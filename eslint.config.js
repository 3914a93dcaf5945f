// Lint rules, including the package dependency table of docs/ARCHITECTURE.md (habit 2 of STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const io = ['node:*', 'fs', 'path', 'http', 'better-sqlite3', 'pg', 'kysely', 'react'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'tools/**',
      'examples/**',
      '**/*.mjs',
      'docs/**',
      '**/dist/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { group: io, message: 'domain is pure: no I/O (docs/ARCHITECTURE.md)' },
      { group: ['@gangmu/*'], message: 'domain imports nothing internal' },
    ]),
  },
  {
    files: ['packages/storage/src/**/*.ts'],
    rules: restrict([
      { group: ['@gangmu/*', '!@gangmu/domain'], message: 'storage may import only @gangmu/domain' },
    ]),
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: restrict([{ group: ['@gangmu/cli', '@gangmu/web'], message: 'api must not import cli or web' }]),
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['@gangmu/storage', '@gangmu/importer', '@gangmu/api', '@gangmu/cli', 'node:*'],
        message: 'web talks to the server over HTTP only',
      },
    ]),
  },
  {
    files: ['packages/importer/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { group: io, message: 'importer takes bytes and returns values: no I/O' },
      { group: ['@gangmu/*', '!@gangmu/domain'], message: 'importer may import only @gangmu/domain' },
    ]),
  },
);
