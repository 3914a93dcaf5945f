/**
 * The plan-level summary of SPEC §2.6, in the structure of the national mid-term report:
 * 「N 项主要指标中，X 项提前实现，Y 项快于预期，Z 项基本符合预期，W 项滞后（其中约束性 V 项），U 项暂无法评估」.
 */
import type { Attribute, Assessment, Status } from './types.ts';
import type { Locale } from './reasons.ts';

export interface SummaryInput {
  readonly attribute: Attribute;
  readonly chapter?: string | number | null;
  readonly assessment: Pick<Assessment, 'status' | 'flags'>;
}

export interface PlanSummary {
  readonly total: number;
  readonly achievedEarly: number;
  readonly fasterThanExpected: number;
  readonly asExpected: number;
  readonly lagging: number;
  readonly laggingBinding: number;
  readonly notAssessable: number;
  /** Final-year classes (完成 · 基本完成 · 未完成). */
  readonly achieved: number;
  readonly nearlyAchieved: number;
  readonly notAchieved: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  readonly byAttribute: Readonly<Record<Attribute, Readonly<Record<Status, number>>>>;
  readonly byChapter: Readonly<Record<string, Readonly<Record<Status, number>>>>;
}

const zeroCounts = (): Record<Status, number> => ({
  ACHIEVED: 0,
  ON_TRACK: 0,
  AT_RISK: 0,
  OFF_TRACK: 0,
  NEARLY_ACHIEVED: 0,
  NOT_ACHIEVED: 0,
  NOT_ASSESSABLE: 0,
});

export function summarizePlan(rows: readonly SummaryInput[]): PlanSummary {
  const byStatus = zeroCounts();
  const byAttribute = { expected: zeroCounts(), binding: zeroCounts() };
  const byChapter: Record<string, Record<Status, number>> = {};
  let faster = 0;
  let laggingBinding = 0;
  for (const { attribute, chapter, assessment } of rows) {
    const s = assessment.status;
    byStatus[s]++;
    byAttribute[attribute][s]++;
    const key = chapter === undefined || chapter === null ? '' : String(chapter);
    (byChapter[key] ??= zeroCounts())[s]++;
    if (s === 'ON_TRACK' && (assessment.flags.includes('AHEAD') || assessment.flags.includes('ABOVE_RANGE')))
      faster++;
    if ((s === 'AT_RISK' || s === 'OFF_TRACK') && attribute === 'binding') laggingBinding++;
  }
  return {
    total: rows.length,
    achievedEarly: byStatus.ACHIEVED,
    fasterThanExpected: faster,
    asExpected: byStatus.ON_TRACK - faster,
    lagging: byStatus.AT_RISK + byStatus.OFF_TRACK,
    laggingBinding,
    notAssessable: byStatus.NOT_ASSESSABLE,
    achieved: byStatus.ACHIEVED,
    nearlyAchieved: byStatus.NEARLY_ACHIEVED,
    notAchieved: byStatus.NOT_ACHIEVED,
    byStatus,
    byAttribute,
    byChapter,
  };
}

/** The mid-term sentence, or at the end of the period the 完成 · 基本完成 · 未完成 sentence. */
export function formatSummary(s: PlanSummary, opts: { final?: boolean; locale?: Locale } = {}): string {
  const en = opts.locale === 'en';
  if (opts.final) {
    return en
      ? `Of ${s.total} main indicators, ${s.achieved} were achieved, ${s.nearlyAchieved} nearly achieved, ${s.notAchieved} not achieved and ${s.notAssessable} could not be assessed.`
      : `${s.total}项主要指标中，${s.achieved}项完成，${s.nearlyAchieved}项基本完成，${s.notAchieved}项未完成，${s.notAssessable}项暂无法评估。`;
  }
  return en
    ? `Of ${s.total} main indicators, ${s.achievedEarly} were achieved early, ${s.fasterThanExpected} are faster than expected, ${s.asExpected} are broadly as expected, ${s.lagging} are lagging (${s.laggingBinding} of them binding) and ${s.notAssessable} cannot be assessed yet.`
    : `${s.total}项主要指标中，${s.achievedEarly}项提前实现，${s.fasterThanExpected}项快于预期，${s.asExpected}项基本符合预期，${s.lagging}项滞后（其中约束性${s.laggingBinding}项），${s.notAssessable}项暂无法评估。`;
}
