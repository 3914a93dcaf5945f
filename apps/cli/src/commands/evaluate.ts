/**
 * `gangmu evaluate INPUT.json`: evaluates the v2 input of SPEC §2.7,
 * `{ asOfYear?, indicators: [IndicatorDef & { observations: [{ year, pct?, value?, qualifier? }], stage? }] }`,
 * and prints `{ results, summary }`. Each indicator is checked on its own: a bad one gets an `error` naming the
 * problem, the others are evaluated.
 */
import { readFileSync } from 'node:fs';
import {
  DEFAULT_CONSTANTS,
  evaluateIndicator,
  evaluationYear,
  shanghaiDate,
  type PeriodYears,
  presentAssessment,
  presentSummary,
  type Assessment,
  type IndicatorDef,
  type SummaryInput,
  type InputProblem,
  type Observation,
  type Stage,
} from '@gangmu/domain';
import type { Io } from '../main.ts';

const PROBLEM_ZH: Record<InputProblem['code'], string> = {
  UNKNOWN_KIND: '未知的目标类型',
  MISSING_TARGET: '缺少目标值',
  INVALID_TARGET: '目标值不是有效数字',
  INVALID_VALUE: '观测值不是有效数字（每年需有 value 或 pct）',
  INVALID_QUALIFIER: '限定词无效（over、about 或 under）',
  YEAR_OUTSIDE_PLAN: '年份不在规划期内',
  INVALID_YEAR: '年份无效',
  INVALID_STAGE: '推进阶段无效',
  INVALID_MANUAL_STATUS: '人工评定状态无效',
  INVALID_ANNUAL_TARGET: '年度目标无效（需 year 与目标值）',
  INVALID_TARGET_HISTORY: '目标调整记录无效（需 from 与 target）',
  INVALID_LEVEL_BASIS: 'levelBasis 只能是 current 或 comparable',
};

const describe = (p: InputProblem) =>
  `${p.field}: ${PROBLEM_ZH[p.code]} (${p.code}${Object.keys(p.params).length ? ` ${JSON.stringify(p.params)}` : ''})`;

type RawIndicator = IndicatorDef & { observations?: unknown; stage?: Stage };

/** A bad indicator cannot be assessed: the summary counts it there, so its counts still add up to N. */
const NOT_ASSESSED: SummaryInput['assessment'] = { status: 'NOT_ASSESSABLE', flags: [] };

/** The period the indicators span: the year after the earliest base year to the latest target year. */
function documentPeriod(indicators: readonly unknown[]): PeriodYears {
  const defs = indicators.filter((i): i is RawIndicator => !!i && typeof i === 'object');
  const years = (key: 'baseYear' | 'targetYear', fallback: number) =>
    defs.map((d) => (typeof d[key] === 'number' ? (d[key] as number) : fallback));
  const bases = years('baseYear', DEFAULT_CONSTANTS.BASE_YEAR);
  const targets = years('targetYear', DEFAULT_CONSTANTS.TARGET_YEAR);
  return {
    start: bases.length ? Math.min(...bases) + 1 : null,
    end: targets.length ? Math.max(...targets) : null,
  };
}

/**
 * Evaluates the document as of its `asOfYear`, else as of the default evaluation year (the domain's
 * `evaluationYear`: the last full year before `today`, kept inside the indicators' period).
 */
export function evaluateDocument(input: unknown, today: string): { results: unknown[]; summary: unknown } {
  if (!input || typeof input !== 'object' || !Array.isArray((input as { indicators?: unknown }).indicators)) {
    throw new Error(
      '输入必须是 { "asOfYear"?: number, "indicators": [...] } / input must be { "asOfYear"?: number, "indicators": [...] }',
    );
  }
  const { asOfYear, indicators } = input as { asOfYear?: unknown; indicators: unknown[] };
  if (asOfYear !== undefined && (typeof asOfYear !== 'number' || !Number.isInteger(asOfYear))) {
    throw new Error(
      `asOfYear 必须是整数年份 / asOfYear must be an integer year: ${JSON.stringify(asOfYear)}`,
    );
  }
  const rows: SummaryInput[] = [];
  // The plan's evaluation year and target year decide the summary's form (SPEC §2.7 R3).
  const year = evaluationYear({
    requested: typeof asOfYear === 'number' ? asOfYear : null,
    today,
    period: documentPeriod(indicators),
  });
  let planTarget = -Infinity;
  const results = indicators.map((raw, index) => {
    const assessed = (attribute: unknown, assessment: Pick<Assessment, 'status' | 'flags'>) =>
      rows.push({ attribute: attribute === 'binding' ? 'binding' : 'expected', assessment });
    if (!raw || typeof raw !== 'object') {
      assessed(undefined, NOT_ASSESSED);
      return {
        id: null,
        index,
        error: {
          code: 'INVALID_INDICATOR',
          message: `第 ${index + 1} 项不是对象 / item ${index + 1} is not an object`,
        },
      };
    }
    const ind = raw as RawIndicator;
    const id = typeof ind.id === 'string' || typeof ind.id === 'number' ? ind.id : null;
    const targetYear = typeof ind.targetYear === 'number' ? ind.targetYear : DEFAULT_CONSTANTS.TARGET_YEAR;
    planTarget = Math.max(planTarget, targetYear);
    if (ind.observations !== undefined && !Array.isArray(ind.observations)) {
      assessed(ind.attribute, NOT_ASSESSED);
      return {
        id,
        error: {
          code: 'INVALID_OBSERVATIONS',
          message: 'observations 必须是数组 / observations must be an array',
        },
      };
    }
    const observations = (ind.observations ?? []) as Observation[];
    if (observations.some((o) => !o || typeof o !== 'object')) {
      assessed(ind.attribute, NOT_ASSESSED);
      return {
        id,
        error: {
          code: 'INVALID_OBSERVATIONS',
          message:
            'observations 的每一项必须是 {year, value?, pct?, qualifier?} / each observation must be {year, value?, pct?, qualifier?}',
        },
      };
    }
    const { observations: _observations, stage, ...def } = ind;
    const result = evaluateIndicator(def as IndicatorDef, observations, {
      asOfYear: year,
      ...(stage !== undefined ? { stage } : {}),
    });
    assessed(ind.attribute, result.ok ? result.assessment : NOT_ASSESSED);
    if (!result.ok) {
      return {
        id,
        error: {
          code: 'INVALID_INPUT',
          message: result.problems.map(describe).join('; '),
          problems: result.problems,
        },
      };
    }
    return { id, ...presentAssessment(result.assessment) };
  });
  if (planTarget === -Infinity) planTarget = DEFAULT_CONSTANTS.TARGET_YEAR;
  return { results, summary: presentSummary(rows, { final: year >= planTarget }) };
}

export function runEvaluate(args: readonly string[], io: Io): number {
  if (args.length !== 1) {
    io.stderr.write('用法 usage: gangmu evaluate INPUT.json\n');
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(args[0]!, 'utf8'));
  } catch (e) {
    io.stderr.write(`无法读取或解析 ${args[0]} / cannot read or parse: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const out = evaluateDocument(input, shanghaiDate((io.now?.() ?? new Date()).getTime()));
    io.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
    return out.results.some((r) => 'error' in (r as object)) ? 1 : 0;
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}
