/**
 * `gangmu report --plan ID --kind annual|midterm|final --year 2023 --out FILE [--format docx|brief|xlsx] [--fresh]`:
 * the evaluation report as a file, from the configured database. An approved (frozen) report of that kind and year
 * is exported as approved; otherwise, or with --fresh, the report is drafted from the current data (not stored).
 */
import { writeFileSync } from 'node:fs';
import { draftFromData, exportEvaluationReport, REPORT_FORMATS, type ReportFormat } from '@gangmu/api';
import { REPORT_KINDS, type ReportKind, type ReportModel } from '@gangmu/reports';
import { findEvaluationReport, getEvaluationReportVersion, StorageError } from '@gangmu/storage';
import type { Io } from '../main.ts';
import { option, withDb } from './admin.ts';

const USAGE =
  '用法 / usage: gangmu report --plan ID --kind annual|midterm|final --year 2023 --out FILE [--format docx|brief|xlsx] [--fresh] [--database URL]\n';

export async function runReport(args: readonly string[], io: Io): Promise<number> {
  const planId = option(args, 'plan');
  const kind = option(args, 'kind') as ReportKind | undefined;
  const year = Number(option(args, 'year'));
  const out = option(args, 'out');
  const format = (option(args, 'format') ?? (out?.endsWith('.xlsx') ? 'xlsx' : 'docx')) as ReportFormat;
  if (
    !planId ||
    !kind ||
    !REPORT_KINDS.includes(kind) ||
    !Number.isInteger(year) ||
    !out ||
    !REPORT_FORMATS.includes(format)
  ) {
    io.stderr.write(USAGE);
    return 2;
  }
  const code = await withDb(args, io, async (db) => {
    try {
      const stored = args.includes('--fresh')
        ? undefined
        : await findEvaluationReport(db.kysely, planId, kind, year);
      let report: ReportModel;
      if (stored && stored.frozen_version > 0) {
        const v = await getEvaluationReportVersion(db.kysely, stored.id, stored.frozen_version);
        report = JSON.parse(v.content) as ReportModel;
        io.stderr.write(`导出已审定的第${v.number}版 / exporting approved version ${v.number}\n`);
      } else {
        report = await draftFromData(
          { planId, kind, year },
          { db: db.kysely, today: new Date().toISOString().slice(0, 10) },
        );
        io.stderr.write('据当前数据起草（未保存）/ drafted from the current data (not stored)\n');
      }
      const file = await exportEvaluationReport(report, format);
      writeFileSync(out, file.bytes);
      io.stdout.write(`${out}\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof StorageError)) throw e;
      io.stderr.write(
        `${e.message}\n${typeof e.details?.messageEn === 'string' ? `${e.details.messageEn}\n` : ''}`,
      );
      return 1;
    }
  });
  return code ?? 1;
}
