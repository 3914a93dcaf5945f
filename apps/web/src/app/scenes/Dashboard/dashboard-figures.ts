/**
 * The dashboard's counts, from the rows the API returns: indicator lights, task states, chapters × task
 * states, the unit league. (Issue 9 moves these to one server endpoint; until then they are computed here.)
 */
import type { OutlineNode, PlanEvaluation } from '../../../shared/api.ts';
import type { Task, Unit } from '../../api-types.ts';
import { LIGHT } from '../../lights.ts';
import { todayInShanghai } from '../../../shared/time.ts';

export interface ChapterRow {
  chapter: string;
  done: number;
  onTime: number;
  overdue: number;
  unassigned: number;
}

type TaskState = 'done' | 'onTime' | 'overdue' | 'unassigned';

export function dashboardFigures({
  evaluation,
  tasks,
  units,
  outline,
}: {
  evaluation: PlanEvaluation | null;
  tasks: Task[];
  units: Unit[];
  outline: OutlineNode[];
}) {
  const lights = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const i of evaluation?.indicators ?? []) lights[LIGHT[i.status] ?? 'grey']++;
  const today = todayInShanghai();
  const isDone = (t: Task) => t.status === 'done' || t.progress >= 100;
  const isLate = (t: Task) => t.status === 'open' && t.progress < 100 && !!t.deadline && t.deadline < today;
  const taskLights = {
    done: tasks.filter(isDone).length,
    onTime: tasks.filter(
      (t) => t.status === 'open' && t.progress < 100 && (!t.deadline || t.deadline >= today),
    ).length,
    overdue: tasks.filter(isLate).length,
    unassigned: tasks.filter((t) => !t.leadUnitId).length,
  };
  // Chapter × task state: where in the plan the work is done, on time, late or not yet assigned.
  const chapterOf = new Map<string, string>();
  for (const c of outline.flatMap((n) => (n.kind === 'part' ? n.children : [n]))) {
    for (const sec of c.children) for (const it of sec.children) chapterOf.set(it.id, `${c.no} ${c.title}`);
  }
  const taskState = (t: Task): TaskState =>
    isDone(t)
      ? 'done'
      : !t.leadUnitId
        ? 'unassigned'
        : t.deadline && t.deadline < today
          ? 'overdue'
          : 'onTime';
  const chapterRows: ChapterRow[] = [...new Set([...chapterOf.values()])].map((chapter) => {
    const states = tasks.filter((t) => t.nodeId && chapterOf.get(t.nodeId) === chapter).map(taskState);
    const count = (s: TaskState) => states.filter((x) => x === s).length;
    return {
      chapter,
      done: count('done'),
      onTime: count('onTime'),
      overdue: count('overdue'),
      unassigned: count('unassigned'),
    };
  });
  const league = units
    .map((u) => {
      const mine = tasks.filter((t) => t.leadUnitId === u.id);
      const overdue = mine.filter((t) => t.status === 'open' && t.deadline && t.deadline < today).length;
      return {
        unit: u.name,
        id: u.id,
        tasks: mine.length,
        onTimeRate: mine.length ? Math.round(((mine.length - overdue) / mine.length) * 100) : null,
        completion: mine.length ? Math.round(mine.reduce((a, t) => a + t.progress, 0) / mine.length) : null,
      };
    })
    .filter((r) => r.tasks > 0)
    .sort((a, b) => (b.completion ?? 0) - (a.completion ?? 0));
  return { lights, taskLights, chapterRows, league };
}
