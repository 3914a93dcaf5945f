/**
 * Turns a reason code and its numbers into one sentence a leader can read, in Chinese or English.
 * The engine emits only codes (STYLE habit 24); all wording lives here. Every sentence opens with the
 * assessment's one label (SPEC §2.7 R4) and the bodies below name no status themselves, so the label in
 * the reason is always the label in the table and the summary; every value is quoted with its unit.
 */
import { LABELS, type LabelKey, type Locale } from './labels.ts';
import type { Reason } from './types.ts';

export type { Locale };

const ZH_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const zhCount = (n: number) => (n >= 0 && n <= 10 ? ZH_DIGITS[n]! : String(n));
/** Two decimals at most, no trailing zeros: 6.157 → "6.16", 7 → "7". */
export const fmt = (x: number | string | undefined): string =>
  typeof x === 'number' ? String(Math.round(x * 100) / 100) : String(x ?? '');

type Params = Reason['params'];
/** A parameter that is present: rules give '' for "not computed" to keep their objects one shape. */
const has = (v: unknown): boolean => v !== undefined && v !== '';
type Template = (p: Params) => string;

/** A value with the indicator's unit: 8.25张, 3%, 750亿元 (zh); 8.25 张, 3%, 750 亿元 (en). */
export function withUnit(x: number | string | undefined, unit: unknown, locale: Locale = 'zh-CN'): string {
  const u = typeof unit === 'string' ? unit : '';
  if (!u) return fmt(x);
  return locale === 'en' && u !== '%' ? `${fmt(x)} ${u}` : `${fmt(x)}${u}`;
}

const QUALIFIER_ZH: Record<string, string> = { over: '超过', about: '约', under: '不到' };
const QUALIFIER_EN: Record<string, string> = { over: 'over ', about: 'about ', under: 'under ' };

/** A figure as it was published (SPEC §2.7 R5): 超过750亿元, 约8.2%, 不到3%. */
export function formatValue(
  x: number,
  unit: string | null | undefined,
  qualifier?: string | null,
  locale: Locale = 'zh-CN',
): string {
  const q = qualifier ? ((locale === 'en' ? QUALIFIER_EN : QUALIFIER_ZH)[qualifier] ?? '') : '';
  return `${q}${withUnit(x, unit ?? '', locale)}`;
}

// Helpers over the common parameters (unit, qualifier of the latest value).
const u = (p: Params, key: string) => withUnit(p[key], p.unit);
const uEn = (p: Params, key: string) => withUnit(p[key], p.unit, 'en');
/** "2023年为8.25张", "2023年约为750亿元", "2023年超过750亿元". */
const latestZh = (p: Params) => {
  const v = u(p, 'latest');
  const q = p.qualifier;
  const verb = q === 'about' ? '约为' : q === 'over' ? '超过' : q === 'under' ? '不到' : '为';
  return `${p.latestYear}年${verb}${v}`;
};
const latestEn = (p: Params) =>
  `${formatValue(Number(p.latest), String(p.unit ?? ''), String(p.qualifier ?? ''), 'en')} in ${p.latestYear}`;

const trendZh: Record<string, string> = {
  SIGNIFICANT_PROGRESS: '明显向好',
  MODERATE_PROGRESS: '略有改善',
  MODERATE_MOVEMENT_AWAY: '略有偏离',
  SIGNIFICANT_MOVEMENT_AWAY: '明显偏离',
};
const trendEn: Record<string, string> = {
  SIGNIFICANT_PROGRESS: 'improving clearly',
  MODERATE_PROGRESS: 'improving slightly',
  MODERATE_MOVEMENT_AWAY: 'moving slightly away',
  SIGNIFICANT_MOVEMENT_AWAY: 'moving clearly away',
};

const growthRequiredZh = (p: Params) =>
  has(p.required) ? `后${zhCount(Number(p.remainingYears))}年需年均增长${fmt(p.required)}%方可完成。` : '';
const growthRequiredEn = (p: Params) =>
  has(p.required) ? ` The remaining ${p.remainingYears} years need ${fmt(p.required)}% a year.` : '';
const growthRangeZh = (p: Params) =>
  Number(p.above) ? `，高于目标上限${fmt(p.hi)}%` : `，达到或接近目标下限${fmt(p.lo)}%`;
const growthRangeEn = (p: Params) =>
  Number(p.above)
    ? ` is above the ceiling of ${fmt(p.hi)}%`
    : ` meets or nearly meets the floor of ${fmt(p.lo)}%`;
const sideZh = (p: Params) => (p.sense === 'min' ? '目标' : '上限');
const reachTailZh = (p: Params) =>
  has(p.required)
    ? `按此进度${p.targetYear}年预计为${u(p, 'projected')}；此后每年需${Number(p.compound) ? `增长${fmt(Number(p.required) * 100)}%` : `提高${u(p, 'required')}`}。`
    : '';
const reachTailEn = (p: Params) =>
  ` At this pace ${p.targetYear} would reach ${uEn(p, 'projected')}` +
  (has(p.required)
    ? `; ${Number(p.compound) ? `${fmt(Number(p.required) * 100)}% growth` : `a change of ${uEn(p, 'required')}`} a year is needed from now.`
    : '.');
const shareZh = (p: Params) =>
  `目标进程已走过${fmt(Number(p.taskShare) * 100)}%，时间进度${fmt(Number(p.timeShare) * 100)}%。`;

const ZH: Record<string, Template> = {
  NO_DATA: () => '尚无监测数据。',
  LEVELS_NEEDED: () => '只有增长率数据，本指标按水平值评估，需录入各年水平值。',
  SINGLE_POINT: (p) => `仅有${latestZh(p)}一个数据，尚未达到目标${u(p, 'target')}，数据不足以判断进度。`,
  GROWTH_ON_TRACK: (p) => `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%${growthRangeZh(p)}。`,
  GROWTH_AT_RISK: (p) =>
    `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%，低于目标下限${fmt(p.lo)}%；${growthRequiredZh(p) || '需加快增长。'}`,
  GROWTH_OFF_TRACK: (p) =>
    `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%，远低于目标下限${fmt(p.lo)}%；${growthRequiredZh(p) || '达到目标难度很大。'}`,
  GROWTH_FINAL_ACHIEVED: (p) => `规划期年均增长${fmt(p.avg)}%，达到目标下限${fmt(p.lo)}%。`,
  GROWTH_FINAL_NEARLY_ACHIEVED: (p) => `规划期年均增长${fmt(p.avg)}%，略低于目标下限${fmt(p.lo)}%。`,
  GROWTH_FINAL_NOT_ACHIEVED: (p) => `规划期年均增长${fmt(p.avg)}%，低于目标下限${fmt(p.lo)}%。`,
  CUMULATIVE_ACHIEVED: (p) => `已累计降低${fmt(p.cumulative)}%，达到累计降低${fmt(p.D)}%的目标。`,
  CUMULATIVE_ON_TRACK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，不低于序时要求${fmt(p.q)}%。`,
  CUMULATIVE_AT_RISK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，低于序时要求${fmt(p.q)}%；${has(p.required) ? `后${zhCount(Number(p.remainingYears))}年需年均降低${fmt(p.required)}%。` : '需加大力度。'}`,
  CUMULATIVE_OFF_TRACK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，远低于序时要求${fmt(p.q)}%；${has(p.required) ? `后${zhCount(Number(p.remainingYears))}年需年均降低${fmt(p.required)}%。` : '需大力度扭转。'}`,
  CUMULATIVE_OFF_TRACK_RISING: (p) =>
    `不降反升：累计变化${fmt(-Number(p.cumulative))}%，与累计降低${fmt(p.D)}%的目标方向相反。`,
  CUMULATIVE_NOT_ACHIEVED_RISING: (p) =>
    `规划期不降反升，累计降低${fmt(p.cumulative)}%，目标为累计降低${fmt(p.D)}%。`,
  CUMULATIVE_FINAL_ACHIEVED: (p) => `规划期累计降低${fmt(p.cumulative)}%，达到累计降低${fmt(p.D)}%的目标。`,
  CUMULATIVE_FINAL_NEARLY_ACHIEVED: (p) => `规划期累计降低${fmt(p.cumulative)}%，略低于目标${fmt(p.D)}%。`,
  CUMULATIVE_FINAL_NOT_ACHIEVED: (p) => `规划期累计降低${fmt(p.cumulative)}%，低于目标${fmt(p.D)}%。`,
  LEVEL_ACHIEVED_EARLY: (p) => `${latestZh(p)}，已达到${sideZh(p)}${u(p, 'target')}。`,
  LEVEL_HOLD_ON_TRACK: (p) => `${latestZh(p)}，在${sideZh(p)}${u(p, 'target')}以内。`,
  REACH_ON_TRACK: (p) => `${latestZh(p)}；${shareZh(p)}${reachTailZh(p)}`,
  REACH_AT_RISK: (p) => `${latestZh(p)}；${shareZh(p)}${reachTailZh(p)}`,
  REACH_OFF_TRACK: (p) => `${latestZh(p)}；${shareZh(p)}${reachTailZh(p)}`,
  HOLD_MEETS_HOLDS: (p) =>
    `${latestZh(p)}，符合${sideZh(p)}${u(p, 'target')}，按趋势${p.targetYear}年约为${u(p, 'projected')}，可保持。`,
  HOLD_MEETS_BREAKS: (p) =>
    `${latestZh(p)}，目前符合${sideZh(p)}${u(p, 'target')}，但按趋势${p.targetYear}年约为${u(p, 'projected')}，有突破风险。`,
  HOLD_BREACH_HOLDS: (p) =>
    `${latestZh(p)}，未达到${sideZh(p)}${u(p, 'target')}的要求，按趋势${p.targetYear}年约为${u(p, 'projected')}，有望恢复。`,
  HOLD_BREACH_BREAKS: (p) =>
    `${latestZh(p)}，未达到${sideZh(p)}${u(p, 'target')}的要求，按趋势${p.targetYear}年约为${u(p, 'projected')}，仍难达标。`,
  LEVEL_FINAL_ACHIEVED: (p) => `${latestZh(p)}，达到${sideZh(p)}${u(p, 'target')}。`,
  LEVEL_FINAL_NEARLY_ACHIEVED: (p) => `${latestZh(p)}，接近${sideZh(p)}${u(p, 'target')}。`,
  LEVEL_FINAL_NOT_ACHIEVED: (p) => `${latestZh(p)}，未达到${sideZh(p)}${u(p, 'target')}。`,
  BAND_ON_TRACK: (p) => `${latestZh(p)}，处于目标区间${fmt(p.lo)}～${u(p, 'hi')}之内。`,
  BAND_AT_RISK: (p) => `${latestZh(p)}，偏离目标区间${fmt(p.lo)}～${u(p, 'hi')}（差${u(p, 'distance')}）。`,
  BAND_OFF_TRACK: (p) =>
    `${latestZh(p)}，明显偏离目标区间${fmt(p.lo)}～${u(p, 'hi')}（差${u(p, 'distance')}）。`,
  BAND_FINAL_ACHIEVED: (p) => `${latestZh(p)}，处于目标区间${fmt(p.lo)}～${u(p, 'hi')}。`,
  BAND_FINAL_NOT_ACHIEVED: (p) => `${latestZh(p)}，不在目标区间${fmt(p.lo)}～${u(p, 'hi')}。`,
  COUNT_ACHIEVED_EARLY: (p) => `已建成${fmt(p.count)}个，达到目标${fmt(p.n)}个。`,
  COUNT_FINAL_ACHIEVED: (p) => `规划期建成${fmt(p.count)}个，达到目标${fmt(p.n)}个。`,
  COUNT_FINAL_NOT_ACHIEVED: (p) => `规划期仅建成${fmt(p.count)}个，目标为${fmt(p.n)}个。`,
  COUNT_STAGE_MISSING: (p) => `目标${fmt(p.n)}个，尚未建成，缺少推进阶段信息。`,
  MILESTONE_IN_PROGRESS_ON_TRACK: (p) => `目标${fmt(p.n)}个，正在推进中。`,
  MILESTONE_APPLIED_ON_TRACK: (p) => `目标${fmt(p.n)}个，已申报。`,
  MILESTONE_DONE_ON_TRACK: (p) => `目标${fmt(p.n)}个，已报建成，待数据确认。`,
  MILESTONE_NOT_STARTED_ON_TRACK: (p) => `目标${fmt(p.n)}个，尚未启动，仍在合理时间内。`,
  MILESTONE_NOT_STARTED_AT_RISK: (p) => `目标${fmt(p.n)}个，到${p.latestYear}年仍未启动。`,
  COUNT_ON_TRACK: (p) =>
    `已建成${fmt(p.count)}个，按此进度${p.targetYear}年可达${fmt(p.projected)}个，目标${fmt(p.n)}个。`,
  COUNT_AT_RISK: (p) =>
    `已建成${fmt(p.count)}个，按此进度${p.targetYear}年约${fmt(p.projected)}个，低于目标${fmt(p.n)}个。`,
  COUNT_OFF_TRACK: (p) =>
    `仅建成${fmt(p.count)}个，按此进度${p.targetYear}年约${fmt(p.projected)}个，远低于目标${fmt(p.n)}个。`,
  LINKED_UNRESOLVED: (p) => `目标为“达${p.sourcePlan}标准”，尚未录入上级规划的目标值。`,
  LINKED_UNRESOLVED_TREND: (p) =>
    `目标为“达${p.sourcePlan}标准”，尚未录入上级规划的目标值；趋势${trendZh[String(p.cls)]}（年均${fmt(p.rate)}%）。`,
  QUALITATIVE_NO_VERDICT: () => '定性目标，尚无评审结论。',
  QUALITATIVE_MANUAL: (p) => `定性目标，评审认定（${p.date}）。`,
  QUALITATIVE_FINAL_VERDICT_NEEDED: () => '定性目标，规划期末需评审认定是否完成。',
};

const EN: Record<string, Template> = {
  NO_DATA: () => 'No data yet.',
  LEVELS_NEEDED: () =>
    'Only growth rates were entered; this indicator is judged on its levels, which are missing.',
  SINGLE_POINT: (p) =>
    `Only one value (${latestEn(p)}), below the target of ${uEn(p, 'target')}: not enough data to judge progress.`,
  GROWTH_ON_TRACK: (p) => `Average growth of ${fmt(p.avg)}% over ${p.years} years${growthRangeEn(p)}.`,
  GROWTH_AT_RISK: (p) =>
    `Average growth of ${fmt(p.avg)}% over ${p.years} years is below the floor of ${fmt(p.lo)}%.${growthRequiredEn(p)}`,
  GROWTH_OFF_TRACK: (p) =>
    `Average growth of ${fmt(p.avg)}% over ${p.years} years is far below the floor of ${fmt(p.lo)}%.${growthRequiredEn(p)}`,
  GROWTH_FINAL_ACHIEVED: (p) =>
    `Average growth of ${fmt(p.avg)}% over the period meets the floor of ${fmt(p.lo)}%.`,
  GROWTH_FINAL_NEARLY_ACHIEVED: (p) =>
    `Average growth of ${fmt(p.avg)}% is slightly below the floor of ${fmt(p.lo)}%.`,
  GROWTH_FINAL_NOT_ACHIEVED: (p) => `Average growth of ${fmt(p.avg)}% is below the floor of ${fmt(p.lo)}%.`,
  CUMULATIVE_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% already meets the ${fmt(p.D)}% target.`,
  CUMULATIVE_ON_TRACK: (p) =>
    `Reduced ${fmt(p.avg)}% a year (${fmt(p.cumulative)}% so far), at or above the ${fmt(p.q)}% a year required.`,
  CUMULATIVE_AT_RISK: (p) =>
    `Reduced ${fmt(p.avg)}% a year (${fmt(p.cumulative)}% so far), below the ${fmt(p.q)}% a year required.${has(p.required) ? ` ${fmt(p.required)}% a year is needed from now.` : ''}`,
  CUMULATIVE_OFF_TRACK: (p) =>
    `Reduced ${fmt(p.avg)}% a year (${fmt(p.cumulative)}% so far), far below the ${fmt(p.q)}% a year required.${has(p.required) ? ` ${fmt(p.required)}% a year is needed from now.` : ''}`,
  CUMULATIVE_OFF_TRACK_RISING: (p) =>
    `Rising instead of falling: ${fmt(-Number(p.cumulative))}% so far against a ${fmt(p.D)}% reduction target.`,
  CUMULATIVE_NOT_ACHIEVED_RISING: (p) => `Rose over the period instead of falling ${fmt(p.D)}%.`,
  CUMULATIVE_FINAL_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% meets the ${fmt(p.D)}% target.`,
  CUMULATIVE_FINAL_NEARLY_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% is slightly short of ${fmt(p.D)}%.`,
  CUMULATIVE_FINAL_NOT_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% is short of ${fmt(p.D)}%.`,
  LEVEL_ACHIEVED_EARLY: (p) => `${latestEn(p)} already meets the target of ${uEn(p, 'target')}.`,
  LEVEL_HOLD_ON_TRACK: (p) => `${latestEn(p)} is within the limit of ${uEn(p, 'target')}.`,
  REACH_ON_TRACK: (p) =>
    `${latestEn(p)}: ${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone.${reachTailEn(p)}`,
  REACH_AT_RISK: (p) =>
    `${latestEn(p)}: ${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone.${reachTailEn(p)}`,
  REACH_OFF_TRACK: (p) =>
    `${latestEn(p)}: only ${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone.${reachTailEn(p)}`,
  HOLD_MEETS_HOLDS: (p) =>
    `${latestEn(p)} meets the limit of ${uEn(p, 'target')} and the trend (${uEn(p, 'projected')} in ${p.targetYear}) keeps it.`,
  HOLD_MEETS_BREAKS: (p) =>
    `${latestEn(p)} meets the limit of ${uEn(p, 'target')}, but the trend (${uEn(p, 'projected')} in ${p.targetYear}) breaches it.`,
  HOLD_BREACH_HOLDS: (p) =>
    `${latestEn(p)} breaches the limit of ${uEn(p, 'target')}; the trend (${uEn(p, 'projected')} in ${p.targetYear}) recovers.`,
  HOLD_BREACH_BREAKS: (p) =>
    `${latestEn(p)} breaches the limit of ${uEn(p, 'target')} and the trend (${uEn(p, 'projected')} in ${p.targetYear}) does not recover.`,
  LEVEL_FINAL_ACHIEVED: (p) => `${latestEn(p)} meets the target of ${uEn(p, 'target')}.`,
  LEVEL_FINAL_NEARLY_ACHIEVED: (p) => `${latestEn(p)} is close to the target of ${uEn(p, 'target')}.`,
  LEVEL_FINAL_NOT_ACHIEVED: (p) => `${latestEn(p)} misses the target of ${uEn(p, 'target')}.`,
  BAND_ON_TRACK: (p) => `${latestEn(p)} is inside the band ${fmt(p.lo)}–${uEn(p, 'hi')}.`,
  BAND_AT_RISK: (p) =>
    `${latestEn(p)} is outside the band ${fmt(p.lo)}–${uEn(p, 'hi')} by ${uEn(p, 'distance')}.`,
  BAND_OFF_TRACK: (p) =>
    `${latestEn(p)} is far outside the band ${fmt(p.lo)}–${uEn(p, 'hi')} (by ${uEn(p, 'distance')}).`,
  BAND_FINAL_ACHIEVED: (p) => `${latestEn(p)} is inside the band ${fmt(p.lo)}–${uEn(p, 'hi')}.`,
  BAND_FINAL_NOT_ACHIEVED: (p) => `${latestEn(p)} is outside the band ${fmt(p.lo)}–${uEn(p, 'hi')}.`,
  COUNT_ACHIEVED_EARLY: (p) => `${fmt(p.count)} built, meeting the target of ${fmt(p.n)}.`,
  COUNT_FINAL_ACHIEVED: (p) => `${fmt(p.count)} built over the period, meeting the target of ${fmt(p.n)}.`,
  COUNT_FINAL_NOT_ACHIEVED: (p) =>
    `Only ${fmt(p.count)} built over the period against a target of ${fmt(p.n)}.`,
  COUNT_STAGE_MISSING: (p) => `Target ${fmt(p.n)}, none built yet and no stage reported.`,
  MILESTONE_IN_PROGRESS_ON_TRACK: (p) => `Target ${fmt(p.n)}: in progress.`,
  MILESTONE_APPLIED_ON_TRACK: (p) => `Target ${fmt(p.n)}: application filed.`,
  MILESTONE_DONE_ON_TRACK: (p) => `Target ${fmt(p.n)}: reported done, awaiting the figure.`,
  MILESTONE_NOT_STARTED_ON_TRACK: (p) => `Target ${fmt(p.n)}: not started, still within reasonable time.`,
  MILESTONE_NOT_STARTED_AT_RISK: (p) => `Target ${fmt(p.n)}: still not started in ${p.latestYear}.`,
  COUNT_ON_TRACK: (p) =>
    `${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear} against a target of ${fmt(p.n)}.`,
  COUNT_AT_RISK: (p) =>
    `${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear}, short of ${fmt(p.n)}.`,
  COUNT_OFF_TRACK: (p) =>
    `Only ${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear}, far short of ${fmt(p.n)}.`,
  LINKED_UNRESOLVED: (p) =>
    `Target is "the ${p.sourcePlan} standard"; the upper plan's value has not been entered yet.`,
  LINKED_UNRESOLVED_TREND: (p) =>
    `Target is "the ${p.sourcePlan} standard"; the upper plan's value has not been entered yet. Trend: ${trendEn[String(p.cls)]} (${fmt(p.rate)}% a year).`,
  QUALITATIVE_NO_VERDICT: () => 'Qualitative target without a reviewer verdict yet.',
  QUALITATIVE_MANUAL: (p) => `Qualitative target, rated by a reviewer (${p.date}).`,
  QUALITATIVE_FINAL_VERDICT_NEEDED: () =>
    'Qualitative target: at the end of the period a reviewer must rate it achieved or not.',
};

/** A revised target as printed: 6.5～7%, 9张. */
const revisedTarget = (p: Params, locale: Locale) =>
  has(p.revisedLo) && has(p.revisedHi)
    ? `${fmt(p.revisedLo)}${locale === 'en' ? '–' : '～'}${withUnit(p.revisedHi, p.unit, locale)}`
    : withUnit(
        has(p.revisedValue) ? p.revisedValue : has(p.revisedLo) ? p.revisedLo : p.revisedHi,
        p.unit,
        locale,
      );

/** The sentences the v2 rules add after the body (SPEC §2.7 R1–R4, §2.9), in this order. */
function tailZh(p: Params): string {
  let s = '';
  if (has(p.slowYear)) s += `但${p.slowYear}年增长${fmt(p.slowPct)}%，低于目标下限${fmt(p.lo)}%。`;
  if (Number(p.nearLimitPass)) s += `与目标差距在${u(p, 'nearLimit')}以内，视为达到。`;
  if (Number(p.currentPrices)) s += '按现价计算，含价格因素。';
  if (has(p.revisedFrom))
    s += `目标自${p.revisedFrom}年起调整为${revisedTarget(p, 'zh-CN')}${has(p.revisedNote) ? `（${p.revisedNote}）` : ''}。`;
  if (has(p.pendingYear)) s += `尚无${p.pendingYear}年终期数据，按趋势判断。`;
  if (has(p.basedOn)) s += `依据${p.basedOn}年数据。`;
  return s;
}

function tailEn(p: Params): string {
  let s = '';
  if (has(p.slowYear))
    s += ` But growth in ${p.slowYear} was ${fmt(p.slowPct)}%, below the floor of ${fmt(p.lo)}%.`;
  if (Number(p.nearLimitPass)) s += ` Within ${uEn(p, 'nearLimit')} of the target, which counts as met.`;
  if (Number(p.currentPrices)) s += ' Computed at current prices, so the rate includes price changes.';
  if (has(p.revisedFrom))
    s += ` The target was revised from ${p.revisedFrom} to ${revisedTarget(p, 'en')}${has(p.revisedNote) ? ` (${p.revisedNote})` : ''}.`;
  if (has(p.pendingYear)) s += ` No final ${p.pendingYear} data yet; judged on the trend.`;
  if (has(p.basedOn)) s += ` Based on ${p.basedOn} data.`;
  return s;
}

/**
 * One sentence for a reason: 「label：body + what the v2 flags add」. Unknown codes fall back to the code
 * itself, so nothing is silently empty.
 */
export function formatReason(reason: Reason, locale: Locale = 'zh-CN'): string {
  const en = locale === 'en';
  const template = (en ? EN : ZH)[reason.code];
  if (!template) return reason.code;
  const p = reason.context ? { ...reason.params, ...reason.context } : reason.params;
  const key = p.label as LabelKey | undefined;
  const label = key ? LABELS[locale][key] : undefined;
  const body = template(p) + (en ? tailEn(p) : tailZh(p));
  if (!label) return body;
  return en ? `${label[0]!.toUpperCase()}${label.slice(1)}: ${body}` : `${label}：${body}`;
}

/** Every reason code the formatter knows; a test checks both locales cover the same codes. */
export const REASON_CODES = { zh: Object.keys(ZH), en: Object.keys(EN) };
