/**
 * Administration's data: units, users, the audit trail page by page (newest first, 100 at a time, "earlier"
 * fetches the next page before the oldest shown) and the chain's verification; the writes.
 */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { api } from '../../../shared/api.ts';
import { shanghaiInputToIso } from '../../../shared/time.ts';
import type { AuditEvent, ChainCheck, Unit, UserRow } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export const AUDIT_PAGE = 100;

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: string;
  unitId?: string;
}

export function useAdmin() {
  const { user } = useSession();
  const { message } = App.useApp();
  const isAdmin = user?.role === 'admin';
  const [units, setUnits] = useState<Unit[]>([]);
  const [users, setUsers] = useState<UserRow[]>([]);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [hasEarlier, setHasEarlier] = useState(false);
  const [chain, setChain] = useState<ChainCheck | null>(null);
  const [asOf, setAsOf] = useState<{ title: string; chapters: string[] } | null>(null);
  const load = useCallback(async () => {
    const [u, e, c] = await Promise.all([
      api<{ units: Unit[] }>('/api/units'),
      api<{ events: AuditEvent[] }>(`/api/audit?limit=${AUDIT_PAGE}`),
      api<ChainCheck>('/api/audit/verify'),
    ]);
    setUnits(u.units);
    setEvents(e.events);
    setHasEarlier(e.events.length === AUDIT_PAGE);
    setChain(c);
    if (isAdmin) setUsers((await api<{ users: UserRow[] }>('/api/users')).users);
  }, [isAdmin]);
  useEffect(() => {
    void load();
  }, [load]);

  const loadEarlier = async () => {
    const oldest = events?.at(-1)?.seq;
    if (oldest === undefined) return;
    const page = await api<{ events: AuditEvent[] }>(`/api/audit?limit=${AUDIT_PAGE}&before=${oldest}`);
    setEvents((shown) => [...(shown ?? []), ...page.events]);
    setHasEarlier(page.events.length === AUDIT_PAGE);
  };
  /** The first plan as it stood at a Shanghai wall-clock moment typed in the form. */
  const showAsOf = async (local: string) => {
    try {
      const { plans } = await api<{ plans: { id: string }[] }>('/api/plans');
      const p = await api<{ title: string; outline: { title: string; no: number }[] }>(
        `/api/plans/${plans[0]!.id}?asOf=${encodeURIComponent(shanghaiInputToIso(local))}`,
      );
      setAsOf({ title: p.title, chapters: p.outline.map((c) => `${c.no} ${c.title}`) });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const create = async (path: string, body: object) => {
    try {
      await api(path, { method: 'POST', body });
      message.success(t('created'));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return {
    isAdmin,
    units,
    users,
    events,
    hasEarlier,
    chain,
    asOf,
    loadEarlier,
    showAsOf,
    createUser: (v: NewUser) => create('/api/users', v),
    createUnit: (v: { code: string; name: string }) => create('/api/units', v),
  };
}
