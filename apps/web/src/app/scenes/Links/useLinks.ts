/** The links review (issue 15): suggestions against the upper plans, confirmed or rejected by the plan office. */
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { App } from 'antd';
import type { LinkJson, LinkListJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export function useLinks() {
  const { planId } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<LinkJson[] | null>(null);
  const load = useCallback(
    async () => setRows((await api<LinkListJson>(`/api/plans/${planId}/links`)).links),
    [planId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const run = async (write: () => Promise<unknown>) => {
    try {
      await write();
      message.success(t('handled'));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const suggest = () => run(() => api(`/api/plans/${planId}/link-suggestions`, { method: 'POST', body: {} }));
  const decide = (l: LinkJson, decision: 'confirmed' | 'rejected') =>
    run(() => api(`/api/links/${l.id}/decision`, { method: 'POST', body: { decision }, ifMatch: l.version }));
  return { rows, canAct: user?.role === 'admin' || user?.role === 'supervisor', suggest, decide };
}
