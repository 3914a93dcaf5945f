/**
 * The handling of public opinions (issue 16): the queue (the plan office sees all, a unit its assigned ones),
 * one opinion's detail with its record, and the steps — screen, assign, answer, review, publish, link a task —
 * each sent with the version it was read at (If-Match). What the caller may do comes from the API (`actions`);
 * contact details are shown only when the API sends them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App } from 'antd';
import { useSearchParams } from 'react-router';
import type {
  AssignedOpinionJson,
  HolidayCalendarJson,
  HolidayCalendarsJson,
  OpinionQueueJson,
  StaffOpinionJson,
} from '@gangmu/contract';
import { addWorkingDays, DEFAULT_ANSWER_WORKING_DAYS } from '@gangmu/domain';
import { api, type PlanView } from '../../../shared/api.ts';
import { todayInShanghai } from '../../../shared/time.ts';
import type { Task, Unit } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export type Opinion = StaffOpinionJson;

/** The title of what an opinion is about, found in the plan it belongs to. */
export function targetName(plan: PlanView | undefined, o: Opinion): string {
  if (!plan || !o.targetId || o.targetType === 'plan') return plan?.title ?? '';
  if (o.targetType === 'indicator') return plan.indicators.find((i) => i.id === o.targetId)?.name ?? '';
  if (o.targetType === 'project') return plan.projects.find((p) => p.id === o.targetId)?.name ?? '';
  const stack = [...plan.outline];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.id === o.targetId) return n.title;
    stack.push(...n.children);
  }
  return '';
}

export function useOpinions() {
  const { user } = useSession();
  const { message } = App.useApp();
  const office = user?.role === 'admin' || user?.role === 'supervisor';
  const [plans, setPlans] = useState<{ id: string; title: string }[]>([]);
  const [planId, setPlanId] = useState<string | undefined>(undefined);
  const [state, setState] = useState<string | undefined>(undefined);
  const [rows, setRows] = useState<Opinion[] | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [planViews, setPlanViews] = useState<Record<string, PlanView>>({});
  const [calendars, setCalendars] = useState<HolidayCalendarJson[]>([]);
  const [detail, setDetail] = useState<Opinion | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);

  useEffect(() => {
    void api<{ plans: { id: string; title: string }[] }>('/api/plans').then((r) => setPlans(r.plans));
    void api<{ units: Unit[] }>('/api/units').then((r) => setUnits(r.units));
    if (office)
      void api<HolidayCalendarsJson>('/api/holiday-calendars').then((r) => setCalendars(r.calendars));
  }, [office]);

  const load = useCallback(async () => {
    const q = new URLSearchParams({ ...(planId ? { planId } : {}), ...(state ? { state } : {}) });
    try {
      setRows((await api<OpinionQueueJson>(`/api/opinion-queue?${q}`)).opinions);
    } catch (e) {
      setRows([]);
      message.error((e as Error).message);
    }
  }, [planId, state, message]);
  useEffect(() => {
    void load();
  }, [load]);

  // The plans the listed opinions belong to, read once each, for the names of what they are about.
  const asked = useRef(new Set<string>());
  useEffect(() => {
    for (const id of new Set((rows ?? []).map((r) => r.planId)))
      if (!asked.current.has(id)) {
        asked.current.add(id);
        void api<PlanView>(`/api/plans/${id}`).then((p) => setPlanViews((v) => ({ ...v, [id]: p })));
      }
  }, [rows]);

  // The opened opinion is in the address (?opinion=…), so a link from a notice or a warning opens it.
  const [search, setSearch] = useSearchParams();
  const opened = search.get('opinion');
  const open = (id: string | null) => setSearch(id ? { opinion: id } : {}, { replace: true });
  const read = useCallback(
    async (id: string) => {
      try {
        const o = await api<Opinion>(`/api/opinion-queue/${id}`);
        setDetail(o);
        if (office) setTasks((await api<{ tasks: Task[] }>(`/api/plans/${o.planId}/tasks`)).tasks);
      } catch (e) {
        message.error((e as Error).message);
      }
    },
    [office, message],
  );
  useEffect(() => {
    if (opened) void read(opened);
    else setDetail(null);
  }, [opened, read]);
  /** Sends one step of the handling and shows the opinion as it is after it; true when it went through. */
  async function step(path: string, body: object): Promise<boolean> {
    if (!detail) return false;
    try {
      const r = await api<Opinion | AssignedOpinionJson>(`/api/opinion-queue/${detail.id}/${path}`, {
        method: 'POST',
        body,
        ifMatch: detail.version,
      });
      const after = 'opinion' in r ? r.opinion : r;
      setDetail(after);
      if ('calendarMissingYears' in r && r.calendarMissingYears.length)
        message.warning(t('missingCalendar', { years: r.calendarMissingYears.join('、') }));
      message.success(t('done'));
      await load();
      return true;
    } catch (e) {
      message.error((e as Error).message);
      return false;
    }
  }

  /** The default deadline the server will set: 15 working days from today under the holiday calendars. */
  const defaultDeadline = useMemo(() => {
    if (!calendars.length) return null;
    const r = addWorkingDays(todayInShanghai(), DEFAULT_ANSWER_WORKING_DAYS, calendars);
    return { date: r.value, missingYears: [...r.missingYears] };
  }, [calendars]);

  return {
    user,
    office,
    plans,
    planId,
    setPlanId,
    state,
    setState,
    rows,
    units,
    planViews,
    detail,
    open,
    tasks,
    defaultDeadline,
    reload: load,
    screen: (
      decision: 'accept' | 'merge' | 'decline',
      extra: { duplicateOf?: string; reason?: string } = {},
    ) => step('screen', { decision, ...extra }),
    assign: (unitId: string, deadline?: string) =>
      step('assign', { unitId, ...(deadline ? { deadline } : {}) }),
    answer: (text: string, submit: boolean) => step('answer', { text, submit }),
    review: (decision: 'approve' | 'return', comment?: string) =>
      step('review', { decision, ...(comment ? { comment } : {}) }),
    publish: () => step('publish', {}),
    linkTask: (taskId: string) => step('link-task', { taskId }),
  };
}
