/**
 * `gangmu report --plan ID --kind annual|midterm|final --year 2023 --out FILE [--format docx|brief|xlsx] [--fresh]`:
 * the evaluation report as a file, from the configured database, through the same command as the API
 * (exportPlanReport). An approved (frozen) report of that kind and year is exported as approved; otherwise, or
 * with --fresh, the report is drafted from the current data (not stored).
 */
import { writeFileSync } from 'node:fs';
import {
  CommandError,
  exportPlanReport,
  REPORT_FORMATS,
  SYSTEM_CALLER,
  type ReportFormat,
} from '@gangmu/commands';
import { REPORT_KINDS, type ReportKind } from '@gangmu/reports';
import { StorageError } from '@gangmu/storage';
import type { Io } from '../main.ts';
import { option, withDb } from './admin.ts';

const USAGE =
  '用法 / usage: gangmu report --plan ID --kind annual|midterm|final --year 2023 --out FILE [--format docx|brief|xlsx] [--fresh] [--database URL]\n';

const isKind = (k: string | undefined): k is ReportKind => REPORT_KINDS.some((x) => x === k);
const isFormat = (f: string): f is ReportFormat => REPORT_FORMATS.some((x) => x === f);

/** A refusal in both languages: the command's words for people, or storage's message. */
const refusal = (e: CommandError | StorageError): string =>
  e instanceof CommandError && e.userMessage
    ? `${e.userMessage.zh}\n${e.userMessage.en}\n`
    : `${e.message}\n`;

export async function runReport(args: readonly string[], io: Io): Promise<number> {
  const planId = option(args, 'plan');
  const kind = option(args, 'kind');
  const year = Number(option(args, 'year'));
  const out = option(args, 'out');
  const format = option(args, 'format') ?? (out?.endsWith('.xlsx') ? 'xlsx' : 'docx');
  if (!planId || !isKind(kind) || !Number.isInteger(year) || !out || !isFormat(format)) {
    io.stderr.write(USAGE);
    return 2;
  }
  const code = await withDb(args, io, async (db) => {
    try {
      const ctx = { db, now: () => new Date(), caller: SYSTEM_CALLER };
      const options = { planId, kind, year, format, fresh: args.includes('--fresh') };
      const { file, approvedVersion } = await exportPlanReport(ctx, options);
      io.stderr.write(
        approvedVersion === null
          ? '据当前数据起草（未保存）/ drafted from the current data (not stored)\n'
          : `导出已审定的第${approvedVersion}版 / exporting approved version ${approvedVersion}\n`,
      );
      writeFileSync(out, file.bytes);
      io.stdout.write(`${out}\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof CommandError || e instanceof StorageError)) throw e;
      io.stderr.write(refusal(e));
      return 1;
    }
  });
  return code ?? 1;
}
