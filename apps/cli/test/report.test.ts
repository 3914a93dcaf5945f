import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrap } from '@gangmu/api';
import { createDatabase, migrateToLatest } from '@gangmu/storage';
import { main } from '../src/main.ts';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('gangmu report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gangmu-report-'));
  const database = `sqlite:${join(dir, 'gangmu.db')}`;
  let planId: string;
  beforeAll(async () => {
    const db = createDatabase({ driver: 'sqlite', file: join(dir, 'gangmu.db') });
    await migrateToLatest(db);
    planId = (await bootstrap(db, { loadExample: true })).examplePlanId!;
    await db.close();
  });

  it('should write the annual report as .docx and the indicator table as .xlsx', async () => {
    const docx = join(dir, 'annual.docx');
    const r = await run([
      'report',
      '--plan',
      planId,
      '--kind',
      'annual',
      '--year',
      '2023',
      '--out',
      docx,
      '--database',
      database,
    ]);
    expect(r).toMatchObject({ code: 0, out: `${docx}\n` });
    expect(r.err).toContain('据当前数据起草');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const xlsx = join(dir, 'indicators.xlsx');
    const x = await run([
      'report',
      '--plan',
      planId,
      '--kind',
      'midterm',
      '--year',
      '2023',
      '--format',
      'xlsx',
      '--out',
      xlsx,
      '--database',
      database,
    ]);
    expect(x.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it('should refuse a final report before the target year with a clear message', async () => {
    const r = await run([
      'report',
      '--plan',
      planId,
      '--kind',
      'final',
      '--year',
      '2023',
      '--out',
      join(dir, 'f.docx'),
      '--database',
      database,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('总结评估报告须在规划目标年（2025年）或以后编制');
    expect(r.err).toContain('final evaluation');
  });

  it('should print the usage for a missing option', async () => {
    const r = await run([
      'report',
      '--plan',
      planId,
      '--kind',
      'weekly',
      '--year',
      '2023',
      '--out',
      'x.docx',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('gangmu report --plan ID');
  });
});
