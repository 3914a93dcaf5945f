/** The reports scene's data: the plan's reports, the open report, and every action on it (each reloads the report). */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../shared/api.ts';
import type { ReportDetail, ReportHead } from '../../../shared/report-types.ts';

export function useReports(onError: (message: string) => void) {
  const [plans, setPlans] = useState<{ id: string; title: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [reports, setReports] = useState<ReportHead[]>([]);
  const [open, setOpen] = useState<ReportDetail | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api<{ plans: { id: string; title: string }[] }>('/api/plans').then((r) => {
      setPlans(r.plans);
      setPlanId(r.plans[0]?.id ?? null);
    });
  }, []);
  const loadList = useCallback(async () => {
    if (planId)
      setReports((await api<{ reports: ReportHead[] }>(`/api/plans/${planId}/evaluation-reports`)).reports);
  }, [planId]);
  useEffect(() => {
    void loadList();
  }, [loadList]);

  /** Runs one call that answers with the report, then shows it and refreshes the list; errors become a message. */
  const run = useCallback(
    async (call: () => Promise<ReportDetail>) => {
      setBusy(true);
      try {
        setOpen(await call());
        await loadList();
      } catch (e) {
        onError((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [loadList, onError],
  );

  const path = (step = '') => `/api/evaluation-reports/${open!.id}${step}`;
  return {
    plans,
    planId,
    setPlanId,
    reports,
    open,
    busy,
    select: (id: string) => run(() => api<ReportDetail>(`/api/evaluation-reports/${id}`)),
    draft: (kind: ReportHead['kind'], year: number) =>
      run(() =>
        api<ReportDetail>(`/api/plans/${planId}/evaluation-reports`, {
          method: 'POST',
          body: { kind, year },
        }),
      ),
    edit: (blockId: string, text: string) =>
      run(() =>
        api<ReportDetail>(path(`/blocks/${encodeURIComponent(blockId)}`), {
          method: 'PATCH',
          ifMatch: open!.version,
          body: { text },
        }),
      ),
    step: (name: 'regenerate' | 'submit' | 'approve' | 'publish') =>
      run(() => api<ReportDetail>(path(`/${name}`), { method: 'POST', ifMatch: open!.version })),
    returnToDraft: (comment: string) =>
      run(() =>
        api<ReportDetail>(path('/return'), { method: 'POST', ifMatch: open!.version, body: { comment } }),
      ),
    comment: (blockId: string | null, body: string) =>
      run(async () => {
        await api(path('/comments'), { method: 'POST', body: { ...(blockId ? { blockId } : {}), body } });
        return api<ReportDetail>(path());
      }),
    exportUrl: (format: 'docx' | 'brief' | 'xlsx') =>
      open
        ? `${path('/export')}?format=${format}${open.frozenVersion ? `&version=${open.frozenVersion}` : ''}`
        : '',
  };
}
