/**
 * From a printed indicator row to the engine's IndicatorDef (SPEC §2.1 "How the seed plan maps").
 * The printed target alone is not enough: "100" is a coverage floor with a natural limit for 医保覆盖率 but
 * a gross ratio without one for 毛入园率, and "≤3" is a ceiling to hold. These rules say why each choice is made.
 */
import type { IndicatorRow } from '../plan/plan-draft.ts';
import { attributeFromZh } from './attribute.ts';
import type { IndicatorDef } from '../evaluation/types.ts';

/** Units that are money or volume: levels compound (CAGR) rather than move linearly. */
const AMOUNT_UNIT = /元|美元|吨|千瓦|立方米|平方米|万人|亿|万户|辆|床/;
/** Names of indicators where less is better (a plain number is a ceiling to reach, not a floor). */
const LOWER_IS_BETTER = /失业率|能耗|排放|PM2\.5|浓度|死亡率|事故|发生率|负债率/;
/** Rates of coverage, shares and proportions cannot pass 100 % (but gross ratios, 毛…率, can). */
const BOUNDED_SHARE =
  /(覆盖率|比例|比重|占比|达标率|普及率|参保率|入学率|巩固率|合格率|优良率|利用率|处理率|回收利用率|绿化覆盖率)/;
const GROWTH_NAME = /增速|增长|增幅|年均/;

export interface ToIndicatorDefOptions {
  readonly id: string;
  readonly baseYear?: number;
  readonly targetYear?: number;
}

/**
 * @example toIndicatorDef({ name: '地区生产总值年均增速', unit: '%', target: '7-7.5', targetSpec: { op: 'range', lo: 7, hi: 7.5 }, … }, { id: 'i1' })
 * // → { kind: 'growth_rate', target: { lo: 7, hi: 7.5 }, … }
 */
export function toIndicatorDef(row: IndicatorRow, opts: ToIndicatorDefOptions): IndicatorDef {
  const base = {
    id: opts.id,
    nameZh: row.name,
    unit: row.unit ?? '',
    attribute: attributeFromZh(row.attribute),
    ...(opts.baseYear !== undefined ? { baseYear: opts.baseYear } : {}),
    ...(opts.targetYear !== undefined ? { targetYear: opts.targetYear } : {}),
  };
  const spec = row.targetSpec;
  const percent = (row.unit ?? '').includes('%');
  // A % value under a 年均增长 column is a growth rate unless the name says it is a level (a rate, share, coverage).
  const namesALevel = /率|比例|比重|占比|覆盖|指数|强度/.test(row.name) && !GROWTH_NAME.test(row.name);
  const isGrowth =
    percent && (GROWTH_NAME.test(row.name) || (row.targetIsAnnualOrCumulative === true && !namesALevel));
  const lowerIsBetter = LOWER_IS_BETTER.test(row.name);
  const scale = AMOUNT_UNIT.test(row.unit ?? '') ? 'amount' : 'rate';
  const limit =
    percent && BOUNDED_SHARE.test(row.name) && !row.name.includes('毛') ? { naturalLimit: 100 } : {};
  switch (spec.op) {
    case 'none':
    case 'qualitative':
      return { ...base, kind: 'qualitative' };
    case 'linked':
      return { ...base, kind: 'linked', linked: { sourcePlan: spec.sourcePlan, note: spec.note } };
    case 'range':
      if (isGrowth && !spec.cumulative)
        return { ...base, kind: 'growth_rate', target: { lo: spec.lo, hi: spec.hi } };
      return { ...base, kind: 'level_band', target: { lo: spec.lo, hi: spec.hi }, scale };
    case 'about':
      if (isGrowth && !spec.cumulative) return { ...base, kind: 'growth_rate', target: { lo: spec.value } };
      return { ...base, kind: 'level_band', target: { value: spec.value }, scale };
    case 'atMost':
      return { ...base, kind: 'level_max', target: { value: spec.value }, mode: 'hold', scale, ...limit };
    case 'atLeast':
      if (isGrowth && !spec.cumulative) return { ...base, kind: 'growth_rate', target: { lo: spec.value } };
      return { ...base, kind: 'level_min', target: { value: spec.value }, mode: 'reach', scale, ...limit };
    case 'value': {
      const reduction =
        spec.decrease ||
        (/降低|下降|减少/.test(row.name) && (spec.cumulative === true || /累计/.test(row.name)));
      if (reduction) return { ...base, kind: 'cumulative_change', target: { value: spec.value } };
      if (spec.cumulative && isGrowth) {
        // A five-year cumulative increase of X % is an average annual growth of (1+X)^(1/N) − 1.
        const N = (opts.targetYear ?? 2025) - (opts.baseYear ?? 2020);
        return {
          ...base,
          kind: 'growth_rate',
          target: { lo: (Math.pow(1 + spec.value / 100, 1 / N) - 1) * 100 },
        };
      }
      if (isGrowth) return { ...base, kind: 'growth_rate', target: { lo: spec.value } };
      if (lowerIsBetter)
        return { ...base, kind: 'level_max', target: { value: spec.value }, mode: 'reach', scale };
      if (/^(个|家|座|所|项|处)$/.test(row.unit ?? '') && /新建|新增|建设|建成|创建/.test(row.name)) {
        return { ...base, kind: 'count', target: { value: spec.value } };
      }
      return { ...base, kind: 'level_min', target: { value: spec.value }, mode: 'reach', scale, ...limit };
    }
  }
}
