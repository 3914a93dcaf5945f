/**
 * The route rules bite (issue 9): ESLint with the repository's config on probe route files — a handler over
 * 20 lines and a value imported from @gangmu/storage must fail, their allowed forms must pass.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './layers.js';
import { MAX_HANDLER_LINES } from './routes.js';

const PROBE = 'apps/api/src/routes/probe.ts';
const body = (lines: number) =>
  Array.from({ length: lines - 2 }, (_, i) => `    const v${i} = ${i};`).join('\n');
const route = (how: string, lines: number) =>
  how === 'options'
    ? `export function register(app: { get: (p: string, o: object) => void }) {\n  app.get('/x', {\n    handler: async () => {\n${body(lines)}\n    },\n  });\n}\n`
    : `export function register(app: { post: (p: string, h: () => unknown) => void }) {\n  app.post('/x', async () => {\n${body(lines)}\n  });\n}\n`;

const ruleIds = async (eslint: ESLint, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, PROBE) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
};

describe('lint enforces the shape of a route', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it.each(['argument', 'options'])('refuses a %s handler over the limit', async (how) => {
    expect(await ruleIds(eslint, route(how, MAX_HANDLER_LINES + 1))).toContain('routes/handler-lines');
  });

  it.each(['argument', 'options'])('accepts a %s handler at the limit', async (how) => {
    expect(await ruleIds(eslint, route(how, MAX_HANDLER_LINES))).not.toContain('routes/handler-lines');
  });

  it.each([
    `import { listUnits } from '@gangmu/storage';\nexport const probe = listUnits;\n`,
    `import { sql } from 'kysely';\nexport const probe = sql;\n`,
  ])('refuses a database value in a route: %j', async (code) => {
    expect(await ruleIds(eslint, code)).toContain('routes/no-storage-values');
  });

  it.each([
    `import type { Db } from '@gangmu/storage';\nexport type Probe = Db;\n`,
    `import { type Db } from '@gangmu/storage';\nexport type Probe = Db;\n`,
  ])('accepts types from @gangmu/storage: %j', async (code) => {
    expect(await ruleIds(eslint, code)).not.toContain('routes/no-storage-values');
  });
});
