/**
 * npm run bench:report — the evaluation report of a national-size plan (300 indicators, 2,000 tasks): evaluation
 * of every indicator, drafting, the .docx in the GB/T 9704 layout, the one-page brief and the .xlsx. Median of 5
 * warm runs, and the ratio to a floor measured in the same run: the `docx` package packing a document with the same
 * number of paragraphs and table cells, unstyled (what any .docx of this size costs). Goal (issue 14): ≤ 3 s.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import {
  draftReport,
  renderBriefDocx,
  renderIndicatorSheet,
  renderReportDocx,
  reportIndicator,
  reportSummary,
  type IndicatorData,
  type ReportInput,
  type ReportModel,
} from '@gangmu/reports';
import { exampleIndicators, exampleInput, examplePlan, exampleTasks } from '@gangmu/reports/testing';
import { fmt, median } from './lib.ts';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 300);
const TASKS = Number(process.env.BENCH_TASKS ?? 2_000);
const RUNS = 5;

/** The example plan's indicators repeated to the national count, each category a field of its own. */
function nationalIndicators(): IndicatorData[] {
  const base = exampleIndicators(examplePlan(), 2023);
  return Array.from({ length: INDICATORS }, (_, k) => {
    const i = base[k % base.length]!;
    const round = Math.floor(k / base.length);
    return {
      ...i,
      id: `n${k}`,
      name: `${i.name}（${round + 1}）`,
      category: `${i.category ?? '其他'}${round % 8}`,
    };
  });
}

function nationalInput(data: readonly IndicatorData[]): ReportInput {
  const evaluated = data.map((i) => reportIndicator(i, 2023, 2021));
  const indicators = evaluated.map((e) => e.row);
  return {
    ...exampleInput({ kind: 'midterm', year: 2023 }),
    indicators,
    summary: reportSummary(
      indicators,
      evaluated.map((e) => e.assessment),
      false,
    ),
    tasks: exampleTasks(examplePlan(), TASKS),
  };
}

async function generate(
  data: readonly IndicatorData[],
): Promise<{ report: ReportModel; bytes: number; ms: Record<string, number> }> {
  const ms: Record<string, number> = {};
  const lap = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    ms[name] = performance.now() - t0;
    return out;
  };
  const input = await lap('evaluate', () => nationalInput(data));
  const drafted = await lap('draft', () => draftReport(input));
  if (!drafted.ok) throw new Error(drafted.message);
  const docx = await lap('docx', () => renderReportDocx(drafted.report));
  const brief = await lap('brief', () => renderBriefDocx(drafted.report));
  const xlsx = await lap('xlsx', () => renderIndicatorSheet(drafted.report));
  return { report: drafted.report, bytes: docx.length + brief.length + xlsx.length, ms };
}

/** The floor: as many paragraphs and table cells as the report, packed by `docx` with no layout. */
async function floor(report: ReportModel): Promise<number> {
  const blocks = report.sections.flatMap((s) => s.blocks);
  const t0 = performance.now();
  const children = blocks.map((b) =>
    b.type === 'table'
      ? new Table({
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: (r.kind === 'group' ? [{ text: r.text }] : r.cells).map(
                  (c) => new TableCell({ children: [new Paragraph(c.text)] }),
                ),
              }),
          ),
        })
      : new Paragraph(b.text),
  );
  await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return performance.now() - t0;
}

const data = nationalIndicators();
await generate(data); // warm-up: module loading and JIT
const runs: Awaited<ReturnType<typeof generate>>[] = [];
const floors: number[] = [];
for (let k = 0; k < RUNS; k++) {
  runs.push(await generate(data));
  floors.push(await floor(runs[0]!.report));
}
const total = (r: (typeof runs)[number]) => Object.values(r.ms).reduce((a, b) => a + b, 0);
const stage = (name: string) => median(runs.map((r) => r.ms[name]!));
const t = median(runs.map(total));
const f = median(floors);
const ledger = runs[0]!.report.sections
  .at(-1)!
  .blocks.find((b) => b.type === 'table' && b.id === 'annex-ledger');
console.log(`report of ${INDICATORS} indicators and ${TASKS} tasks (median of ${RUNS} warm runs)`);
for (const name of ['evaluate', 'draft', 'docx', 'brief', 'xlsx'])
  console.log(`  ${name.padEnd(8)} ${fmt(stage(name), 0)} ms`);
console.log(`  total    ${fmt(t, 0)} ms  (goal ≤ 3000 ms: ${t <= 3000 ? 'met' : 'NOT met'})`);
console.log(`  floor    ${fmt(f, 0)} ms  (docx packing the same paragraphs and cells, unstyled)`);
console.log(`  ratio    ${fmt(t / f)}`);
console.log(
  `  files    ${fmt(runs[0]!.bytes / 1024, 0)} KB; ledger rows ${ledger?.type === 'table' ? ledger.rows.length : 0}`,
);
