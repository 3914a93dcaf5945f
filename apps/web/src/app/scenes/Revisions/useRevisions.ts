/** 规划调整 (issue 15): the plan's revisions; the plan office proposes, an administrator records the approval. */
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { App } from 'antd';
import type { RevisionJson, RevisionListJson } from '@gangmu/contract';
import { api, type PlanView } from '../../../shared/api.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';

export interface ProposalForm {
  indicatorId: string;
  value: number;
  effectiveYear: number;
  reason: string;
}
export interface ApprovalForm {
  approvingBody: string;
  documentNo: string;
  documentDate: string;
}

export function useRevisions() {
  const { planId } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<RevisionJson[] | null>(null);
  const [indicators, setIndicators] = useState<{ id: string; name: string }[]>([]);
  const load = useCallback(async () => {
    const [r, plan] = await Promise.all([
      api<RevisionListJson>(`/api/plans/${planId}/revisions`),
      api<PlanView>(`/api/plans/${planId}`),
    ]);
    setRows(r.revisions);
    setIndicators(plan.indicators.map((i) => ({ id: i.id, name: i.name })));
  }, [planId]);
  useEffect(() => {
    void load();
  }, [load]);
  const run = async (
    write: () => Promise<unknown>,
    done: (result: unknown) => string = () => t('handled'),
  ) => {
    try {
      const result = await write();
      message.success(done(result));
      await load();
      return true;
    } catch (e) {
      message.error((e as Error).message);
      return false;
    }
  };
  const propose = (f: ProposalForm) =>
    run(() =>
      api(`/api/indicators/${f.indicatorId}/revisions`, {
        method: 'POST',
        body: { target: { value: f.value }, effectiveYear: f.effectiveYear, reason: f.reason },
      }),
    );
  const approve = (r: RevisionJson, f: ApprovalForm) =>
    run(
      () =>
        api(`/api/revisions/${r.id}/decision`, {
          method: 'POST',
          body: { decision: 'approved', ...f },
          ifMatch: r.version,
        }),
      (result: unknown) => {
        const c = (result as RevisionJson).consistency;
        return c ? t('revisionChecked', { findings: c.findings, raised: c.raised }) : t('handled');
      },
    );
  return {
    rows,
    indicators,
    canPropose: user?.role === 'admin' || user?.role === 'supervisor',
    canApprove: user?.role === 'admin',
    propose,
    approve,
  };
}
