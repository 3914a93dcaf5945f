/**
 * Turns a reason code and its numbers into one sentence a leader can read, in Chinese or English.
 * The engine emits only codes (STYLE habit 24); all wording lives here.
 */
import type { Reason, Status } from './types.ts';

export type Locale = 'zh-CN' | 'en';

const ZH_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const zhCount = (n: number) => (n >= 0 && n <= 10 ? ZH_DIGITS[n]! : String(n));
/** Two decimals at most, no trailing zeros: 6.157 → "6.16", 7 → "7". */
export const fmt = (x: number | string | undefined): string =>
  typeof x === 'number' ? String(Math.round(x * 100) / 100) : String(x ?? '');

export const STATUS_LABELS: Record<Locale, Record<Status, string>> = {
  'zh-CN': {
    ACHIEVED: '已完成',
    ON_TRACK: '进度符合预期',
    AT_RISK: '进度滞后',
    OFF_TRACK: '进度严重滞后',
    NEARLY_ACHIEVED: '基本完成',
    NOT_ACHIEVED: '未完成',
    NOT_ASSESSABLE: '暂无法评估',
  },
  en: {
    ACHIEVED: 'achieved',
    ON_TRACK: 'on track',
    AT_RISK: 'at risk',
    OFF_TRACK: 'off track',
    NEARLY_ACHIEVED: 'nearly achieved',
    NOT_ACHIEVED: 'not achieved',
    NOT_ASSESSABLE: 'not assessable',
  },
};

type Params = Reason['params'];
/** A parameter that is present: rules give '' for "not computed" to keep their objects one shape. */
const has = (v: unknown): boolean => v !== undefined && v !== '';
type Template = (p: Params) => string;

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
const sideZh = (p: Params) => (p.sense === 'min' ? '目标' : '上限');
const reachTailZh = (p: Params) =>
  has(p.required)
    ? `按此进度${p.targetYear}年预计为${fmt(p.projected)}；此后每年需${Number(p.compound) ? `增长${fmt(Number(p.required) * 100)}%` : `提高${fmt(p.required)}`}。`
    : '';
const reachTailEn = (p: Params) =>
  ` At this pace ${p.targetYear} would reach ${fmt(p.projected)}` +
  (has(p.required)
    ? `; ${Number(p.compound) ? `${fmt(Number(p.required) * 100)}% growth` : `a change of ${fmt(p.required)}`} a year is needed from now.`
    : '.');

const ZH: Record<string, Template> = {
  NO_DATA: () => '尚无监测数据，暂无法评估。',
  SINGLE_POINT: (p) =>
    `仅有${p.latestYear}年一个数据（${fmt(p.latest)}），尚未达到目标${fmt(p.target)}，数据不足以判断进度。`,
  GROWTH_ON_TRACK: (p) =>
    `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%，达到或接近目标下限${fmt(p.lo)}%，进度符合预期。`,
  GROWTH_AT_RISK: (p) =>
    `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%，低于目标下限${fmt(p.lo)}%；${growthRequiredZh(p) || '需加快增长。'}`,
  GROWTH_OFF_TRACK: (p) =>
    `前${zhCount(Number(p.years))}年年均增长${fmt(p.avg)}%，远低于目标下限${fmt(p.lo)}%；${growthRequiredZh(p) || '完成目标难度很大。'}`,
  GROWTH_FINAL_ACHIEVED: (p) => `规划期年均增长${fmt(p.avg)}%，达到目标下限${fmt(p.lo)}%，已完成。`,
  GROWTH_FINAL_NEARLY_ACHIEVED: (p) =>
    `规划期年均增长${fmt(p.avg)}%，略低于目标下限${fmt(p.lo)}%，基本完成。`,
  GROWTH_FINAL_NOT_ACHIEVED: (p) => `规划期年均增长${fmt(p.avg)}%，低于目标下限${fmt(p.lo)}%，未完成。`,
  CUMULATIVE_ACHIEVED: (p) => `已累计降低${fmt(p.cumulative)}%，提前完成累计降低${fmt(p.D)}%的目标。`,
  CUMULATIVE_ON_TRACK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，不低于序时要求${fmt(p.q)}%，进度符合预期。`,
  CUMULATIVE_AT_RISK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，低于序时要求${fmt(p.q)}%；${has(p.required) ? `后${zhCount(Number(p.remainingYears))}年需年均降低${fmt(p.required)}%。` : '需加大力度。'}`,
  CUMULATIVE_OFF_TRACK: (p) =>
    `已累计降低${fmt(p.cumulative)}%，年均降低${fmt(p.avg)}%，远低于序时要求${fmt(p.q)}%；${has(p.required) ? `后${zhCount(Number(p.remainingYears))}年需年均降低${fmt(p.required)}%。` : ''}`,
  CUMULATIVE_OFF_TRACK_RISING: (p) =>
    `不降反升：累计变化${fmt(-Number(p.cumulative))}%，与累计降低${fmt(p.D)}%的目标方向相反。`,
  CUMULATIVE_NOT_ACHIEVED_RISING: (p) =>
    `规划期不降反升，累计降低${fmt(p.cumulative)}%，未完成累计降低${fmt(p.D)}%的目标。`,
  CUMULATIVE_FINAL_ACHIEVED: (p) => `规划期累计降低${fmt(p.cumulative)}%，完成累计降低${fmt(p.D)}%的目标。`,
  CUMULATIVE_FINAL_NEARLY_ACHIEVED: (p) =>
    `规划期累计降低${fmt(p.cumulative)}%，略低于目标${fmt(p.D)}%，基本完成。`,
  CUMULATIVE_FINAL_NOT_ACHIEVED: (p) => `规划期累计降低${fmt(p.cumulative)}%，低于目标${fmt(p.D)}%，未完成。`,
  LEVEL_ACHIEVED_EARLY: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，已达到${sideZh(p)}${fmt(p.target)}，提前实现。`,
  LEVEL_HOLD_ON_TRACK: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，在${sideZh(p)}${fmt(p.target)}以内，进度符合预期。`,
  REACH_ON_TRACK: (p) =>
    `已完成目标进程的${fmt(Number(p.taskShare) * 100)}%，时间进度${fmt(Number(p.timeShare) * 100)}%，进度符合预期。${reachTailZh(p)}`,
  REACH_AT_RISK: (p) =>
    `已完成目标进程的${fmt(Number(p.taskShare) * 100)}%，落后于时间进度${fmt(Number(p.timeShare) * 100)}%。${reachTailZh(p)}`,
  REACH_OFF_TRACK: (p) =>
    `仅完成目标进程的${fmt(Number(p.taskShare) * 100)}%，严重落后于时间进度${fmt(Number(p.timeShare) * 100)}%。${reachTailZh(p)}`,
  HOLD_MEETS_HOLDS: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，符合${sideZh(p)}${fmt(p.target)}，按趋势${p.targetYear}年约为${fmt(p.projected)}，可保持。`,
  HOLD_MEETS_BREAKS: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，目前符合${sideZh(p)}${fmt(p.target)}，但按趋势${p.targetYear}年约为${fmt(p.projected)}，有突破风险。`,
  HOLD_BREACH_HOLDS: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，未达到${sideZh(p)}${fmt(p.target)}的要求，按趋势${p.targetYear}年约为${fmt(p.projected)}，有望恢复。`,
  HOLD_BREACH_BREAKS: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，未达到${sideZh(p)}${fmt(p.target)}的要求，按趋势${p.targetYear}年约为${fmt(p.projected)}，仍难达标。`,
  LEVEL_FINAL_ACHIEVED: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，达到${sideZh(p)}${fmt(p.target)}，已完成。`,
  LEVEL_FINAL_NEARLY_ACHIEVED: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，接近${sideZh(p)}${fmt(p.target)}，基本完成。`,
  LEVEL_FINAL_NOT_ACHIEVED: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，未达到${sideZh(p)}${fmt(p.target)}，未完成。`,
  BAND_ON_TRACK: (p) => `${p.latestYear}年为${fmt(p.latest)}，处于目标区间${fmt(p.lo)}～${fmt(p.hi)}之内。`,
  BAND_AT_RISK: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，偏离目标区间${fmt(p.lo)}～${fmt(p.hi)}（${fmt(p.distance)}）。`,
  BAND_OFF_TRACK: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，明显偏离目标区间${fmt(p.lo)}～${fmt(p.hi)}（${fmt(p.distance)}）。`,
  BAND_FINAL_ACHIEVED: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，处于目标区间${fmt(p.lo)}～${fmt(p.hi)}，已完成。`,
  BAND_FINAL_NOT_ACHIEVED: (p) =>
    `${p.latestYear}年为${fmt(p.latest)}，不在目标区间${fmt(p.lo)}～${fmt(p.hi)}，未完成。`,
  COUNT_ACHIEVED_EARLY: (p) => `已建成${fmt(p.count)}个，达到目标${fmt(p.n)}个，提前实现。`,
  COUNT_FINAL_ACHIEVED: (p) => `规划期建成${fmt(p.count)}个，完成目标${fmt(p.n)}个。`,
  COUNT_FINAL_NOT_ACHIEVED: (p) => `规划期仅建成${fmt(p.count)}个，未完成目标${fmt(p.n)}个。`,
  COUNT_STAGE_MISSING: (p) => `目标${fmt(p.n)}个，尚未建成，缺少推进阶段信息，暂无法评估。`,
  MILESTONE_IN_PROGRESS_ON_TRACK: (p) => `目标${fmt(p.n)}个，正在推进中，进度符合预期。`,
  MILESTONE_APPLIED_ON_TRACK: (p) => `目标${fmt(p.n)}个，已申报，进度符合预期。`,
  MILESTONE_DONE_ON_TRACK: (p) => `目标${fmt(p.n)}个，已报完成，待数据确认。`,
  MILESTONE_NOT_STARTED_ON_TRACK: (p) => `目标${fmt(p.n)}个，尚未启动，仍在合理时间内。`,
  MILESTONE_NOT_STARTED_AT_RISK: (p) => `目标${fmt(p.n)}个，规划期已过${p.latestYear}年仍未启动，进度滞后。`,
  COUNT_ON_TRACK: (p) =>
    `已建成${fmt(p.count)}个，按此进度${p.targetYear}年可达${fmt(p.projected)}个，可完成目标${fmt(p.n)}个。`,
  COUNT_AT_RISK: (p) =>
    `已建成${fmt(p.count)}个，按此进度${p.targetYear}年约${fmt(p.projected)}个，低于目标${fmt(p.n)}个。`,
  COUNT_OFF_TRACK: (p) =>
    `仅建成${fmt(p.count)}个，按此进度${p.targetYear}年约${fmt(p.projected)}个，远低于目标${fmt(p.n)}个。`,
  LINKED_UNRESOLVED: (p) => `目标为“达${p.sourcePlan}标准”，尚未录入上级规划的目标值，暂无法评估。`,
  LINKED_UNRESOLVED_TREND: (p) =>
    `目标为“达${p.sourcePlan}标准”，尚未录入上级规划的目标值，暂无法评估；趋势${trendZh[String(p.cls)]}（年均${fmt(p.rate)}%）。`,
  QUALITATIVE_NO_VERDICT: () => '定性目标，尚无评审结论。',
  QUALITATIVE_MANUAL: (p) =>
    `定性目标，经评审认定为“${STATUS_LABELS['zh-CN'][p.status as Status]}”（${p.date}）。`,
  QUALITATIVE_FINAL_VERDICT_NEEDED: () => '定性目标，规划期末需评审认定“完成”或“未完成”。',
};

const EN: Record<string, Template> = {
  NO_DATA: () => 'No data yet; cannot be assessed.',
  SINGLE_POINT: (p) =>
    `Only one value (${fmt(p.latest)} in ${p.latestYear}), below the target ${fmt(p.target)}: not enough data.`,
  GROWTH_ON_TRACK: (p) =>
    `Average growth of ${fmt(p.avg)}% over ${p.years} years meets or nearly meets the floor of ${fmt(p.lo)}%.`,
  GROWTH_AT_RISK: (p) =>
    `Average growth of ${fmt(p.avg)}% over ${p.years} years is below the floor of ${fmt(p.lo)}%.${growthRequiredEn(p)}`,
  GROWTH_OFF_TRACK: (p) =>
    `Average growth of ${fmt(p.avg)}% over ${p.years} years is far below the floor of ${fmt(p.lo)}%.${growthRequiredEn(p)}`,
  GROWTH_FINAL_ACHIEVED: (p) =>
    `Average growth of ${fmt(p.avg)}% over the period meets the floor of ${fmt(p.lo)}%.`,
  GROWTH_FINAL_NEARLY_ACHIEVED: (p) =>
    `Average growth of ${fmt(p.avg)}% is slightly below the floor of ${fmt(p.lo)}%: nearly achieved.`,
  GROWTH_FINAL_NOT_ACHIEVED: (p) =>
    `Average growth of ${fmt(p.avg)}% is below the floor of ${fmt(p.lo)}%: not achieved.`,
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
  CUMULATIVE_NOT_ACHIEVED_RISING: (p) =>
    `Rose over the period instead of falling ${fmt(p.D)}%: not achieved.`,
  CUMULATIVE_FINAL_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% meets the ${fmt(p.D)}% target.`,
  CUMULATIVE_FINAL_NEARLY_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% is slightly short of ${fmt(p.D)}%: nearly achieved.`,
  CUMULATIVE_FINAL_NOT_ACHIEVED: (p) =>
    `Cumulative reduction of ${fmt(p.cumulative)}% is short of ${fmt(p.D)}%: not achieved.`,
  LEVEL_ACHIEVED_EARLY: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} already meets the target of ${fmt(p.target)}: achieved early.`,
  LEVEL_HOLD_ON_TRACK: (p) => `${fmt(p.latest)} in ${p.latestYear} is within the limit of ${fmt(p.target)}.`,
  REACH_ON_TRACK: (p) =>
    `${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone: on track.${reachTailEn(p)}`,
  REACH_AT_RISK: (p) =>
    `${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone: behind schedule.${reachTailEn(p)}`,
  REACH_OFF_TRACK: (p) =>
    `Only ${fmt(Number(p.taskShare) * 100)}% of the way with ${fmt(Number(p.timeShare) * 100)}% of the time gone: far behind.${reachTailEn(p)}`,
  HOLD_MEETS_HOLDS: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} meets the limit of ${fmt(p.target)} and the trend (${fmt(p.projected)} in ${p.targetYear}) keeps it.`,
  HOLD_MEETS_BREAKS: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} meets the limit of ${fmt(p.target)}, but the trend (${fmt(p.projected)} in ${p.targetYear}) breaches it.`,
  HOLD_BREACH_HOLDS: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} breaches the limit of ${fmt(p.target)}; the trend (${fmt(p.projected)} in ${p.targetYear}) recovers.`,
  HOLD_BREACH_BREAKS: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} breaches the limit of ${fmt(p.target)} and the trend (${fmt(p.projected)} in ${p.targetYear}) does not recover.`,
  LEVEL_FINAL_ACHIEVED: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} meets the target of ${fmt(p.target)}: achieved.`,
  LEVEL_FINAL_NEARLY_ACHIEVED: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} is close to the target of ${fmt(p.target)}: nearly achieved.`,
  LEVEL_FINAL_NOT_ACHIEVED: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} misses the target of ${fmt(p.target)}: not achieved.`,
  BAND_ON_TRACK: (p) => `${fmt(p.latest)} in ${p.latestYear} is inside the band ${fmt(p.lo)}–${fmt(p.hi)}.`,
  BAND_AT_RISK: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} is outside the band ${fmt(p.lo)}–${fmt(p.hi)} by ${fmt(p.distance)}.`,
  BAND_OFF_TRACK: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} is far outside the band ${fmt(p.lo)}–${fmt(p.hi)} (${fmt(p.distance)}).`,
  BAND_FINAL_ACHIEVED: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} is inside the band ${fmt(p.lo)}–${fmt(p.hi)}: achieved.`,
  BAND_FINAL_NOT_ACHIEVED: (p) =>
    `${fmt(p.latest)} in ${p.latestYear} is outside the band ${fmt(p.lo)}–${fmt(p.hi)}: not achieved.`,
  COUNT_ACHIEVED_EARLY: (p) => `${fmt(p.count)} built, meeting the target of ${fmt(p.n)} early.`,
  COUNT_FINAL_ACHIEVED: (p) => `${fmt(p.count)} built over the period: target of ${fmt(p.n)} achieved.`,
  COUNT_FINAL_NOT_ACHIEVED: (p) =>
    `Only ${fmt(p.count)} built over the period: target of ${fmt(p.n)} not achieved.`,
  COUNT_STAGE_MISSING: (p) => `Target ${fmt(p.n)}, none built yet and no stage reported: cannot be assessed.`,
  MILESTONE_IN_PROGRESS_ON_TRACK: (p) => `Target ${fmt(p.n)}: in progress, on track.`,
  MILESTONE_APPLIED_ON_TRACK: (p) => `Target ${fmt(p.n)}: application filed, on track.`,
  MILESTONE_DONE_ON_TRACK: (p) => `Target ${fmt(p.n)}: reported done, awaiting the figure.`,
  MILESTONE_NOT_STARTED_ON_TRACK: (p) => `Target ${fmt(p.n)}: not started, still within reasonable time.`,
  MILESTONE_NOT_STARTED_AT_RISK: (p) =>
    `Target ${fmt(p.n)}: still not started in ${p.latestYear}: behind schedule.`,
  COUNT_ON_TRACK: (p) =>
    `${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear}, meeting the target of ${fmt(p.n)}.`,
  COUNT_AT_RISK: (p) =>
    `${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear}, short of ${fmt(p.n)}.`,
  COUNT_OFF_TRACK: (p) =>
    `Only ${fmt(p.count)} built; at this pace ${fmt(p.projected)} by ${p.targetYear}, far short of ${fmt(p.n)}.`,
  LINKED_UNRESOLVED: (p) =>
    `Target is "the ${p.sourcePlan} standard"; the upper plan's value has not been entered yet.`,
  LINKED_UNRESOLVED_TREND: (p) =>
    `Target is "the ${p.sourcePlan} standard"; the upper plan's value has not been entered yet. Trend: ${trendEn[String(p.cls)]} (${fmt(p.rate)}% a year).`,
  QUALITATIVE_NO_VERDICT: () => 'Qualitative target without a reviewer verdict yet.',
  QUALITATIVE_MANUAL: (p) =>
    `Qualitative target, rated "${STATUS_LABELS.en[p.status as Status]}" by a reviewer (${p.date}).`,
  QUALITATIVE_FINAL_VERDICT_NEEDED: () =>
    'Qualitative target: at the end of the period a reviewer must rate it achieved or not.',
};

/** One sentence for a reason. Unknown codes fall back to the code itself, so nothing is silently empty. */
export function formatReason(reason: Reason, locale: Locale = 'zh-CN'): string {
  const table = locale === 'en' ? EN : ZH;
  const template = table[reason.code];
  return template ? template(reason.params) : reason.code;
}

/** Every reason code the formatter knows; a test checks both locales cover the same codes. */
export const REASON_CODES = { zh: Object.keys(ZH), en: Object.keys(EN) };
