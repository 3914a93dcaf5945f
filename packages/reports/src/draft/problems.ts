/**
 * 四、存在的问题: drafted from what the data shows is wrong — open warnings (red first), indicators behind,
 * overdue tasks, data that is missing or stale — for people to sharpen.
 */
import type { ReportInput } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { chineseNumber, listNames } from '../labels.zh-CN.ts';
import { heading, paragraph, sourcesOf } from './blocks.ts';
import { isBehind, isOverdue, isStale } from './shares.ts';

const NAMES_SHOWN = 5;

export function draftProblems(input: ReportInput): Block[] {
  const items: { id: string; title: string; text: string; sources?: ReturnType<typeof sourcesOf> }[] = [];
  const behind = input.indicators.filter(isBehind);
  if (behind.length) {
    const binding = behind.filter((i) => i.attribute === 'binding');
    items.push({
      id: 'problems-indicators',
      title: '部分指标进度滞后',
      text: `${behind.length}项主要指标进度滞后于时间进度${
        binding.length
          ? `，其中约束性指标${binding.length}项（${listNames(
              binding.map((i) => i.name),
              NAMES_SHOWN,
            )}），须确保完成`
          : ''
      }。滞后指标主要有${listNames(
        behind.map((i) => i.name),
        NAMES_SHOWN,
      )}。`,
      sources: behind.flatMap((i) => sourcesOf(i.latest, i.latestPct)),
    });
  }
  const overdue = input.tasks.filter((t) => isOverdue(t, input.draftedOn));
  if (overdue.length) {
    const units = [...new Set(overdue.map((t) => t.leadUnit).filter((u): u is string => u !== null))];
    items.push({
      id: 'problems-tasks',
      title: '部分重点任务推进迟缓',
      text: `${overdue.length}项任务已过完成时限仍未完成，主要是${listNames(
        overdue.map((t) => t.title),
        NAMES_SHOWN,
      )}${units.length ? `，涉及${units.slice(0, NAMES_SHOWN).join('、')}${units.length > NAMES_SHOWN ? `等${units.length}个单位` : ''}` : ''}。`,
    });
  }
  const red = input.warnings.filter((w) => w.level === 'red');
  const yellow = input.warnings.filter((w) => w.level === 'yellow');
  if (red.length + yellow.length) {
    const shown = [...red, ...yellow].slice(0, NAMES_SHOWN).map((w) => w.reason.replace(/。$/, ''));
    items.push({
      id: 'problems-warnings',
      title: '预警事项尚未全部解除',
      text: `目前仍有红色预警${red.length}条、黄色预警${yellow.length}条未解除，主要是：${shown.join('；')}。`,
    });
  }
  const stale = input.indicators.filter((i) => isStale(i, input.year));
  if (stale.length) {
    items.push({
      id: 'problems-data',
      title: '部分指标数据不够及时',
      text: `${stale.length}项指标缺少${input.year}年或上年数据，评估只能依据较早数据或暂无法评估，主要是${listNames(
        stale.map((i) => i.name),
        NAMES_SHOWN,
      )}。`,
    });
  }
  if (items.length === 0) {
    return [paragraph('problems-none', '监测数据未显示明显问题。各责任单位仍需持续跟踪，及时报送进展。')];
  }
  return items.flatMap((item, k) => [
    heading(`${item.id}-heading`, 2, `（${chineseNumber(k + 1)}）${item.title}`),
    paragraph(item.id, item.text, item.sources ?? []),
  ]);
}
