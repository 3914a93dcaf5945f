/**
 * Base-year levels stated in the prose: "2020年地区生产总值达到592.42亿元". The base year set by a
 * clause ("2020年…") carries to the following clauses of the same sentence, but a comparison year
 * ("比2015年增长33%") neither sets it nor counts as a level.
 */
import type { Baseline } from '@gangmu/domain';
import type { Para } from '../structure/outline-builder.ts';
import { clauses, metricBefore, quantitiesIn, sentences } from './quantities.ts';

const CHANGE =
  /比|较|增长|增加(?!值)|下降|降低|提高|翻|倍|年均|增速|同比|累计|近[一二三四五六七八九十\d]+年|以内|以上|左右/;
const LEVEL_UNIT = /^(亿元|万元|元|亿美元|万美元|万人|万户|万吨|%|个|家|所|座|张|人|户)$/;

export function extractBaselines(paragraphs: readonly Para[], baseYear: number | null): Baseline[] {
  if (baseYear === null) return [];
  const results: Baseline[] = [];
  const setsYear = /(?<![比较到至于])\s*(20\d\d)\s*年(?!以来|前|底前|以前)/g;
  for (const p of paragraphs) {
    for (const sentence of sentences(p.text)) {
      if (!sentence.includes(`${baseYear}年`)) continue;
      let year: number | null = null;
      for (const clause of clauses(sentence)) {
        for (const m of clause.matchAll(setsYear)) {
          const before = clause.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
          if (!/[比较到至]/.test(before)) year = Number(m[1]);
        }
        if (year !== baseYear || CHANGE.test(clause)) continue;
        for (const q of quantitiesIn(clause)) {
          if (!LEVEL_UNIT.test(q.unit)) continue;
          const metric = metricBefore(q.before.replace(/^.*?20\d\d\s*年/, ''));
          if (metric.length < 2) continue;
          results.push({
            metric,
            value: q.value,
            unit: q.unit,
            year,
            chapter: p.chapter,
            section: p.section,
            quote: clause,
            line: p.line,
          });
        }
      }
    }
  }
  return results;
}
