/**
 * 三、重点任务推进情况: per chapter, the tally of its tasks, the units' latest reported progress (quoted, with the
 * unit and period), and its 专栏 projects (stage, investment planned against completed).
 */
import type { ReportInput, ReportProject, ReportTask } from '../model/report-input.ts';
import type { Block } from '../model/report-model.ts';
import { chineseNumber, num, STAGE_NAMES } from '../labels.zh-CN.ts';
import { heading, paragraph } from './blocks.ts';
import { tallyTasks } from './shares.ts';

/** How many unit reports are quoted per chapter: the rest are in the ledger (附件2). */
const QUOTES_PER_CHAPTER = 3;

function quotes(tasks: readonly ReportTask[]): string {
  const reported = tasks
    .filter((t) => t.latestReport !== null)
    .sort((a, b) => (b.latestReport!.period > a.latestReport!.period ? 1 : -1))
    .slice(0, QUOTES_PER_CHAPTER);
  return reported
    .map((t) => {
      const r = t.latestReport!;
      const state = r.approval === 'approved' ? '已审核' : '待审核';
      return `${r.unit ?? t.leadUnit ?? '责任单位'}报告“${t.title}”：“${r.text.trim()}”（${r.period}，${state}）`;
    })
    .join('；');
}

function projectText(projects: readonly ReportProject[]): string {
  const byStage = new Map<string, number>();
  for (const p of projects) {
    const name = STAGE_NAMES[p.stage ?? ''] ?? '未填报阶段';
    byStage.set(name, (byStage.get(name) ?? 0) + 1);
  }
  const stages = [...byStage].map(([name, count]) => `${name}${count}个`).join('、');
  const planned = projects.reduce((a, p) => a + (p.plannedInvestment ?? 0), 0);
  const completed = projects.reduce((a, p) => a + (p.completedInvestment ?? 0), 0);
  const money =
    planned > 0
      ? `，计划总投资${num(planned)}亿元，已完成投资${num(completed)}亿元，占计划的${num((completed / planned) * 100)}%`
      : '';
  return `本章专栏项目${projects.length}个，其中${stages}${money}。`;
}

export function draftTasks(input: ReportInput): Block[] {
  const blocks: Block[] = [];
  const chapters = [...input.plan.chapters, { no: null, title: '其他任务' } as const];
  let k = 0;
  for (const chapter of chapters) {
    const tasks = input.tasks.filter((t) => t.chapterNo === chapter.no);
    const projects = input.projects.filter((p) => p.chapterNo === chapter.no);
    if (tasks.length === 0 && projects.length === 0) continue;
    k += 1;
    const key = `tasks-chapter-${chapter.no ?? 'other'}`;
    blocks.push(heading(`${key}-heading`, 2, `（${chineseNumber(k)}）${chapter.title}`));
    const parts: string[] = [];
    if (tasks.length) {
      const t = tallyTasks(tasks, input.draftedOn);
      parts.push(
        `本章分解任务${t.total}项，已完成${t.done}项，按计划推进${t.onTime}项，逾期未完成${t.overdue}项。`,
      );
      const q = quotes(tasks);
      if (q) parts.push(`${q}。`);
    }
    if (projects.length) parts.push(projectText(projects));
    blocks.push(paragraph(key, parts.join('')));
  }
  if (blocks.length === 0)
    blocks.push(paragraph('tasks-none', '规划任务尚未分解到责任单位，暂无任务推进数据。'));
  return blocks;
}
