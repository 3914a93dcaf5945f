/**
 * The workspace's data: the unit's tasks and indicators, the opinions assigned to the unit (the 意见 page's unit
 * view, GET /api/opinion-queue), the reports (mine, or the review queue), and the writes.
 */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import type { OpinionQueueJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';
import type { Report, Task, UnitIndicator } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export interface ReportInput {
  period: string;
  percent: number;
  doneText: string;
  problems?: string;
  nextSteps?: string;
}

export function useWorkspace() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [tasks, setTasks] = useState<Task[]>([]);
  const [reports, setReports] = useState<Report[] | null>(null);
  const [indicators, setIndicators] = useState<UnitIndicator[]>([]);
  const [opinions, setOpinions] = useState<OpinionQueueJson['opinions']>([]);
  const isReporter = user?.role === 'reporter';
  const canReview = user?.role === 'supervisor' || user?.role === 'admin';
  const load = useCallback(async () => {
    if (user?.unitId && (isReporter || user.role === 'admin'))
      setTasks((await api<{ tasks: Task[] }>(`/api/units/${user.unitId}/tasks`)).tasks);
    if (user?.unitId && isReporter)
      setIndicators(
        (await api<{ indicators: UnitIndicator[] }>(`/api/units/${user.unitId}/indicators`)).indicators,
      );
    if (user?.unitId && isReporter) setOpinions((await api<OpinionQueueJson>('/api/opinion-queue')).opinions);
    setReports(
      (await api<{ reports: Report[] }>(canReview ? '/api/reports?status=submitted' : '/api/reports'))
        .reports,
    );
  }, [user, isReporter, canReview]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Submits a report on a task, then its evidence file if one was chosen; true when it went through. */
  async function submitReport(task: Task, v: ReportInput, evidence: File | undefined): Promise<boolean> {
    try {
      const r = await api<{ id: string }>('/api/reports', {
        method: 'POST',
        body: {
          subjectType: 'task',
          subjectId: task.id,
          period: v.period,
          percent: v.percent,
          doneText: v.doneText,
          problems: v.problems || null,
          nextSteps: v.nextSteps || null,
        },
      });
      if (evidence)
        await api(`/api/reports/${r.id}/evidence?name=${encodeURIComponent(evidence.name)}`, {
          method: 'POST',
          raw: await evidence.arrayBuffer(),
          contentType: evidence.type || 'application/octet-stream',
        });
      message.success(t('submitted'));
      await load();
      return true;
    } catch (e) {
      message.error((e as Error).message);
      return false;
    }
  }
  async function review(r: Report, status: 'approved' | 'returned', comment?: string): Promise<void> {
    try {
      await api(`/api/reports/${r.id}/review`, {
        method: 'POST',
        ifMatch: r.version,
        body: { status, ...(comment ? { comment } : {}) },
      });
      message.success(status === 'approved' ? t('approved') : t('returned'));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }
  return { tasks, reports, indicators, opinions, isReporter, canReview, submitReport, review };
}
