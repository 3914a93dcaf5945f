/**
 * The plan-level summary of SPEC §2.6 and §2.7 R3: counts whose parts always add up to the number of
 * indicators, and the sentence in the structure of the national report —
 * mid-term (evaluation year before the plan's target year):
 * 「N项主要指标中，X项提前实现，Y项快于预期，Z项基本符合预期，W项滞后（其中约束性V项），U项暂无法评估。」;
 * final form (from the target year on):
 * 「N项主要指标中，X项已完成，Y项基本完成，Z项未完成；W项尚无终期数据，其中按趋势预计能完成A项、难以完成B项；U项暂无法评估。」
 */
import type { Attribute, Assessment, Status } from './types.ts';
import type { Locale } from './labels.ts';

export interface SummaryInput {
  readonly attribute: Attribute;
  readonly chapter?: string | number | null;
  readonly assessment: Pick<Assessment, 'status' | 'flags'>;
}

/** SPEC §2.7 R3, mid-term form: achieved = X, ahead = Y, onTrack = Z, behind = W, behindBinding = V. */
export interface MidtermCounts {
  readonly form: 'midterm';
  readonly total: number;
  readonly achieved: number;
  readonly ahead: number;
  readonly onTrack: number;
  readonly behind: number;
  readonly behindBinding: number;
  readonly notAssessable: number;
}

/** SPEC §2.7 R3, final form: pending = pendingLikely + pendingUnlikely (no final-year data yet). */
export interface FinalCounts {
  readonly form: 'final';
  readonly total: number;
  readonly achieved: number;
  readonly nearlyAchieved: number;
  readonly notAchieved: number;
  readonly pending: number;
  readonly pendingLikely: number;
  readonly pendingUnlikely: number;
  readonly notAssessable: number;
}

export type PlanSummaryCounts = MidtermCounts | FinalCounts;

/** Counts by status, by attribute and by chapter, for tables and charts beside the sentence. */
export interface SummaryBreakdown {
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

const isFast = (flags: readonly string[]) => flags.includes('AHEAD') || flags.includes('ABOVE_RANGE');

/**
 * Every indicator is counted exactly once. Mid-term: a final-year status of an indicator whose own period
 * ended earlier counts as achieved (ACHIEVED) or behind (NEARLY_ACHIEVED, NOT_ACHIEVED). Final form: any
 * ON_TRACK/AT_RISK/OFF_TRACK, and ACHIEVED with FINAL_DATA_PENDING, is pending — the trend speaks, not the data.
 */
export function summarizePlan(rows: readonly SummaryInput[], opts: { final: boolean }): PlanSummaryCounts {
  const n = { achieved: 0, ahead: 0, onTrack: 0, behind: 0, behindBinding: 0, notAssessable: 0 };
  const f = { achieved: 0, nearlyAchieved: 0, notAchieved: 0, pendingLikely: 0, pendingUnlikely: 0 };
  for (const { attribute, assessment } of rows) {
    const { status: s, flags } = assessment;
    const pending = flags.includes('FINAL_DATA_PENDING');
    if (s === 'NOT_ASSESSABLE') n.notAssessable++;
    else if (s === 'ACHIEVED') {
      n.achieved++;
      if (pending) f.pendingLikely++;
      else f.achieved++;
    } else if (s === 'ON_TRACK') {
      if (isFast(flags)) n.ahead++;
      else n.onTrack++;
      f.pendingLikely++;
    } else {
      n.behind++;
      if (attribute === 'binding') n.behindBinding++;
      if (s === 'NEARLY_ACHIEVED') f.nearlyAchieved++;
      else if (s === 'NOT_ACHIEVED') f.notAchieved++;
      else f.pendingUnlikely++;
    }
  }
  const total = rows.length;
  if (!opts.final) return { form: 'midterm', total, ...n };
  return {
    form: 'final',
    total,
    achieved: f.achieved,
    nearlyAchieved: f.nearlyAchieved,
    notAchieved: f.notAchieved,
    pending: f.pendingLikely + f.pendingUnlikely,
    pendingLikely: f.pendingLikely,
    pendingUnlikely: f.pendingUnlikely,
    notAssessable: n.notAssessable,
  };
}

/** Counts by status, attribute and chapter. */
export function breakdownPlan(rows: readonly SummaryInput[]): SummaryBreakdown {
  const byStatus = zeroCounts();
  const byAttribute = { expected: zeroCounts(), binding: zeroCounts() };
  const byChapter: Record<string, Record<Status, number>> = {};
  for (const { attribute, chapter, assessment } of rows) {
    const s = assessment.status;
    byStatus[s]++;
    byAttribute[attribute][s]++;
    const key = chapter === undefined || chapter === null ? '' : String(chapter);
    (byChapter[key] ??= zeroCounts())[s]++;
  }
  return { byStatus, byAttribute, byChapter };
}

/** Joins the non-zero parts; a part that is zero is left out of the sentence (the counts keep it). */
const join = (parts: [number, string][], sep: string) =>
  parts
    .filter(([count]) => count > 0)
    .map(([, text]) => text)
    .join(sep);

function midtermSentence(s: MidtermCounts, en: boolean): string {
  if (en) {
    const body = join(
      [
        [s.achieved, `${s.achieved} achieved early`],
        [s.ahead, `${s.ahead} faster than expected`],
        [s.onTrack, `${s.onTrack} broadly as expected`],
        [s.behind, `${s.behind} behind schedule (${s.behindBinding} of them binding)`],
        [s.notAssessable, `${s.notAssessable} cannot be assessed yet`],
      ],
      ', ',
    );
    return `Of ${s.total} main indicators: ${body || 'none'}.`;
  }
  const body = join(
    [
      [s.achieved, `${s.achieved}项提前实现`],
      [s.ahead, `${s.ahead}项快于预期`],
      [s.onTrack, `${s.onTrack}项基本符合预期`],
      [s.behind, `${s.behind}项滞后（其中约束性${s.behindBinding}项）`],
      [s.notAssessable, `${s.notAssessable}项暂无法评估`],
    ],
    '，',
  );
  return `${s.total}项主要指标${body ? `中，${body}` : ''}。`;
}

function finalSentence(s: FinalCounts, en: boolean): string {
  const pendingParts: [number, string][] = en
    ? [
        [s.pendingLikely, `${s.pendingLikely} likely to be met`],
        [s.pendingUnlikely, `${s.pendingUnlikely} unlikely`],
      ]
    : [
        [s.pendingLikely, `预计能完成${s.pendingLikely}项`],
        [s.pendingUnlikely, `难以完成${s.pendingUnlikely}项`],
      ];
  if (en) {
    const clauses = [
      join(
        [
          [s.achieved, `${s.achieved} achieved`],
          [s.nearlyAchieved, `${s.nearlyAchieved} nearly achieved`],
          [s.notAchieved, `${s.notAchieved} not achieved`],
        ],
        ', ',
      ),
      s.pending > 0
        ? `${s.pending} have no final-year data yet, of which on their trend ${join(pendingParts, ' and ')}`
        : '',
      s.notAssessable > 0 ? `${s.notAssessable} cannot be assessed` : '',
    ].filter(Boolean);
    return `Of ${s.total} main indicators: ${clauses.join('; ') || 'none'}.`;
  }
  const clauses = [
    join(
      [
        [s.achieved, `${s.achieved}项已完成`],
        [s.nearlyAchieved, `${s.nearlyAchieved}项基本完成`],
        [s.notAchieved, `${s.notAchieved}项未完成`],
      ],
      '，',
    ),
    s.pending > 0 ? `${s.pending}项尚无终期数据，其中按趋势${join(pendingParts, '、')}` : '',
    s.notAssessable > 0 ? `${s.notAssessable}项暂无法评估` : '',
  ].filter(Boolean);
  return `${s.total}项主要指标${clauses.length ? `中，${clauses.join('；')}` : ''}。`;
}

/** The summary sentence of the counts' form, in Chinese or English. */
export function formatSummary(s: PlanSummaryCounts, locale: Locale = 'zh-CN'): string {
  const en = locale === 'en';
  return s.form === 'final' ? finalSentence(s, en) : midtermSentence(s, en);
}

/** The `summary` object of the API and of `gangmu evaluate` (SPEC §2.7 R3): the counts and both sentences. */
export function presentSummary(rows: readonly SummaryInput[], opts: { final: boolean }) {
  const counts = summarizePlan(rows, opts);
  return { ...counts, sentence: formatSummary(counts), sentenceEn: formatSummary(counts, 'en') };
}
export type PresentedSummary = ReturnType<typeof presentSummary>;
