/**
 * Quantified targets stated in the prose: "到2025年…比重达到55%", "主营业务收入达220亿元",
 * "建设国家4A旅游景区1个", "覆盖率达到90%". A sentence is a target when it looks forward (到2025年, 力争,
 * 确保, a target verb) and does not report the past (十三五期间, 比2015年, 已, 累计达到… without a year ahead): the
 * review of the last period must not become targets even where the heading that says so was not recognised.
 */
import type { ProseTarget } from '@gangmu/domain';
import type { Para } from '../structure/outline-builder.ts';
import { clauses, metricBefore, quantitiesIn, sentences } from './quantities.ts';

const FORWARD =
  /到\s*20[2-9]\d\s*年|力争|确保|目标|达到|达|突破|提高到|提升至|提高至|保持在|控制在|不低于|不少于|以上|建设|创建|新增|新建|打造|实现|覆盖|年均增长|年均增速|左右/;
const PAST =
  /十[一二三]五”?\s*(?:期间|时期|以来)|“十[一二三]五”|(?:19|20[01])\d\d\s*年|比\s*20\d\d\s*年|较\s*20\d\d\s*年|以来|已经|已[有达建完成经实]|先后|荣获|获评|连续|累计投入|近[一二三四五六七八九十\d]+年/;
/** A result reported in the past tense: "累计达到350家", "建成了…". Only a sentence without a forward marker. */
const REPORTED = /累计(?:达到|达|建成|完成|培育|引进|实现|认定)|(?:达到|实现|完成|建成|突破|新增)了/;
const FORWARD_MARK = /(?:到|至)\s*20[2-9]\d\s*年|力争|确保|将|计划|预计|目标|规划期/;
const NOT_A_TARGET =
  /比上年|同比|增长了|下降了|排名|第[一二三四五六七八九十\d]+位|占地|建筑面积|总投资|投资额|总用地/;

/** Sections that look back (发展基础, “十三五”成就) state results, not targets. */
export const RETROSPECTIVE_TITLE = /基础|成就|回顾|现状|十[一二三]五|成效|进展/;

export function extractProseTargets(
  paragraphs: readonly Para[],
  baseYear: number | null,
  isRetrospective: (p: Para) => boolean = () => false,
): ProseTarget[] {
  const results: ProseTarget[] = [];
  const pastYear = new RegExp(`${baseYear ?? 2020}\\s*年(?!底前|前)`);
  for (const p of paragraphs) {
    if (isRetrospective(p)) continue;
    for (const sentence of sentences(p.text)) {
      if (
        !FORWARD.test(sentence) ||
        PAST.test(sentence) ||
        (REPORTED.test(sentence) && !FORWARD_MARK.test(sentence)) ||
        (baseYear !== null && pastYear.test(sentence) && !/到\s*20[2-9]\d\s*年/.test(sentence))
      )
        continue;
      const yearMatch = /(?:到|至)\s*(20[2-9]\d)\s*年/.exec(sentence);
      const year = yearMatch ? Number(yearMatch[1]) : null;
      let lastMetric = '';
      for (const clause of clauses(sentence)) {
        if (NOT_A_TARGET.test(clause)) continue;
        for (const q of quantitiesIn(clause)) {
          const metric = metricBefore(q.before) || lastMetric;
          if (!metric) continue;
          lastMetric = metric;
          const subject = /^(.{2,12}?)(?:共|的|占|上缴|主营|覆盖|达标|实现)/.exec(metric)?.[1] ?? metric;
          results.push({
            subject,
            metric,
            value: q.value,
            unit: q.unit,
            year,
            chapter: p.chapter,
            section: p.section,
            quote: sentence.length > 240 ? clause : sentence,
            line: p.line,
          });
        }
      }
    }
  }
  return results;
}
