/**
 * 二、主要指标完成情况: the indicator table, then one paragraph per category naming what is ahead and what
 * lags, with the engine's reasons for the lagging ones (the part a reader acts on).
 */
import type { ReportIndicator, ReportInput } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { chineseNumber, listNames, statusLabel } from '../labels.zh-CN.ts';
import { paragraph, heading, sourcesOf } from './blocks.ts';
import { byCategory, indicatorTable } from './indicator-table.ts';
import { isAhead, isBehind } from './shares.ts';

export const INDICATOR_TABLE_ID = 'indicators-table';

/** Names with their label for the ones that are on course; reasons, quoted in full, for the ones behind. */
function categoryText(list: readonly ReportIndicator[]): string {
  const ahead = list.filter(isAhead);
  const behind = list.filter(isBehind);
  const onCourse = list.filter((i) => !isAhead(i) && !isBehind(i) && i.status === 'ON_TRACK');
  const waiting = list.filter((i) => i.status === 'NOT_ASSESSABLE' || i.status === 'INVALID');
  const parts: string[] = [];
  if (ahead.length)
    parts.push(
      `${listNames(ahead.map((i) => i.name))}${ahead.length > 1 ? '等指标' : ''}进展较好，已提前实现或快于预期`,
    );
  if (onCourse.length) parts.push(`${listNames(onCourse.map((i) => i.name))}进度符合预期`);
  if (behind.length) {
    const reasons = behind.map(
      (i) => `“${i.name}”${statusLabel(i.status, i.flags)}：${i.reason.replace(/。$/, '')}`,
    );
    parts.push(`${behind.length}项指标进度滞后。其中，${reasons.join('；')}`);
  }
  if (waiting.length) parts.push(`${listNames(waiting.map((i) => i.name))}暂无法评估`);
  return parts.length ? `${parts.join('；')}。` : '本类指标暂无评估结果。';
}

export function draftIndicators(input: ReportInput): Block[] {
  const n = input.indicators.length;
  const binding = input.indicators.filter((i) => i.attribute === 'binding').length;
  const blocks: Block[] = [
    paragraph(
      'indicators-intro',
      `规划确定主要指标${n}项，其中预期性指标${n - binding}项、约束性指标${binding}项。依据截至${input.year}年的监测数据评估，${input.summary.sentence}各项指标完成情况见下表。`,
    ),
    indicatorTable(
      INDICATOR_TABLE_ID,
      `表1  主要指标完成情况（截至${input.year}年）`,
      input.indicators,
      false,
    ),
  ];
  let k = 0;
  for (const [category, list] of byCategory(input.indicators)) {
    k += 1;
    const id = `indicators-category-${k}`;
    blocks.push(heading(`${id}-heading`, 2, `（${chineseNumber(k)}）${category || '其他指标'}`));
    blocks.push(
      paragraph(
        id,
        categoryText(list),
        list.flatMap((i) => sourcesOf(i.latest, i.latestPct)),
      ),
    );
  }
  return blocks;
}
