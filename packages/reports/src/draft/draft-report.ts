/**
 * Drafts a report from the data: the ordered sections 一、总体情况 … 五、下一步工作建议 and 附件, the title and
 * preamble, and the leader brief. Pure and deterministic: the same input gives the same report, so a draft can be
 * regenerated and compared block by block (see `regenerate-report.ts`).
 */
import type { ReportInput, ReportKind } from '../model/report-input.ts';
import type { ReportModel, ReportSection } from '../model/report-model.ts';
import { draftAnnex } from './annex.ts';
import { draftBrief } from './brief.ts';
import { draftIndicators } from './indicators.ts';
import { draftOverall } from './overall.ts';
import { draftProblems } from './problems.ts';
import { draftSuggestions, suggestionsHeading } from './suggestions.ts';
import { draftTasks } from './tasks.ts';

export type DraftRefusal = 'FINAL_BEFORE_TARGET_YEAR' | 'YEAR_OUTSIDE_PERIOD';

export type DraftResult =
  | { readonly ok: true; readonly report: ReportModel }
  | { readonly ok: false; readonly code: DraftRefusal; readonly message: string; readonly messageEn: string };

/** Whether a report of this kind may be drafted for this year; the reason in both languages when not. */
export function checkReportYear(
  kind: ReportKind,
  year: number,
  period: { readonly periodStart: number; readonly periodEnd: number },
): Extract<DraftResult, { ok: false }> | null {
  const { periodStart: start, periodEnd: end } = period;
  if (kind === 'final' && year < end) {
    return {
      ok: false,
      code: 'FINAL_BEFORE_TARGET_YEAR',
      message: `总结评估报告须在规划目标年（${end}年）或以后编制，${year}年尚未到规划期末；请编制年度监测报告或中期评估报告。`,
      messageEn: `A final evaluation can only be made for the plan's target year (${end}) or later, not for ${year}; draft an annual or a mid-term report instead.`,
    };
  }
  if (!Number.isInteger(year) || year < start || (kind !== 'final' && year > end)) {
    return {
      ok: false,
      code: 'YEAR_OUTSIDE_PERIOD',
      message: `${year}年不在规划期（${start}—${end}年）内。`,
      messageEn: `${year} is outside the plan period (${start}–${end}).`,
    };
  }
  return null;
}

export function reportTitle(kind: ReportKind, year: number, planTitle: string): string {
  switch (kind) {
    case 'annual':
      return `《${planTitle}》${year}年度实施情况监测报告`;
    case 'midterm':
      return `《${planTitle}》实施情况中期评估报告`;
    case 'final':
      return `《${planTitle}》实施情况总结评估报告`;
  }
}

function preamble(input: ReportInput): string {
  const { kind, year, plan } = input;
  const basis = `依据截至${year}年的监测数据和各责任单位报送的工作进展`;
  switch (kind) {
    case 'annual':
      return `为及时掌握规划实施进展，${basis}，对《${plan.title}》${year}年度实施情况进行了监测分析。现将有关情况报告如下。`;
    case 'midterm':
      return `按照规划实施监测评估的要求，${basis}，对《${plan.title}》实施以来的情况进行了中期评估。现将评估情况报告如下。`;
    case 'final':
      return `规划期已满，${basis}，对《${plan.title}》实施情况进行了总结评估。现将评估情况报告如下。`;
  }
}

export function draftReport(input: ReportInput): DraftResult {
  const refusal = checkReportYear(input.kind, input.year, input.plan);
  if (refusal) return refusal;
  const suggestions = draftSuggestions(input);
  const sections: ReportSection[] = [
    { id: 'overall', heading: '一、总体情况', blocks: draftOverall(input) },
    { id: 'indicators', heading: '二、主要指标完成情况', blocks: draftIndicators(input) },
    { id: 'tasks', heading: '三、重点任务推进情况', blocks: draftTasks(input) },
    { id: 'problems', heading: '四、存在的问题', blocks: draftProblems(input) },
    { id: 'suggestions', heading: suggestionsHeading(input), blocks: suggestions },
    { id: 'annex', heading: '附件', blocks: draftAnnex(input) },
  ];
  const title = reportTitle(input.kind, input.year, input.plan.title);
  return {
    ok: true,
    report: {
      kind: input.kind,
      year: input.year,
      planId: input.plan.id,
      title,
      issuer: input.plan.issuer,
      date: input.draftedOn,
      preamble: preamble(input),
      sections,
      brief: draftBrief(input, suggestions, `《${input.plan.title}》`),
    },
  };
}
