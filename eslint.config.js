// Lint rules, including the package dependency table of docs/ARCHITECTURE.md (habit 2 of STYLE.md), which
// lives as data in eslint/layers.js, and the shape of a route (eslint/routes.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint/layers.js';
import { routeConfigs } from './eslint/routes.js';

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
  ...layerConfigs(),
  ...routeConfigs(),
);
