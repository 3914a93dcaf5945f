/** Warnings: the list, and the actions of the plan office and supervisors (acknowledge, urge, resolve). */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { api } from '../../../shared/api.ts';
import type { WarningJson as Warning } from '@gangmu/contract';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export function useWarnings() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Warning[] | null>(null);
  const load = useCallback(
    async () => setRows((await api<{ warnings: Warning[] }>('/api/warnings')).warnings),
    [],
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
  const setStatus = (w: Warning, status: 'acknowledged' | 'resolved') =>
    run(() => api(`/api/warnings/${w.id}`, { method: 'PATCH', body: { status }, ifMatch: w.version }));
  const urge = (w: Warning) => run(() => api(`/api/warnings/${w.id}/urge`, { method: 'POST', body: {} }));
  return { rows, canAct: user?.role === 'admin' || user?.role === 'supervisor', setStatus, urge };
}
