/**
 * Public accountability (issue 16): per plan and per answering unit, opinions received, answered, answered on
 * time, the average handling time in working days and the share of satisfied ratings.
 */
import { useEffect, useState } from 'react';
import type { OpinionStatisticsJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';
import { t } from '../../../shared/i18n.ts';

type Counts = OpinionStatisticsJson['plan'];
const days = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10) / 10));
const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

function Row({ name, c, user }: { name: string; c: Counts; user?: boolean }) {
  return (
    <tr>
      <th scope="row" {...(user ? { 'data-user-content': true } : {})}>
        {name}
      </th>
      <td>{c.received}</td>
      <td>{c.answered}</td>
      <td>{c.onTime}</td>
      <td>{days(c.averageWorkingDays)}</td>
      <td>{percent(c.satisfaction)}</td>
    </tr>
  );
}

export function OpinionStatistics({ planId }: { planId: string }) {
  const [stats, setStats] = useState<OpinionStatisticsJson | null>(null);
  useEffect(() => {
    api<OpinionStatisticsJson>(`/api/plans/${planId}/opinion-statistics`).then(setStats, () =>
      setStats(null),
    );
  }, [planId]);
  if (!stats) return null;
  return (
    <section aria-labelledby="opinion-stats-h" data-testid="opinion-statistics">
      <h2 id="opinion-stats-h">{t('opinionStats')}</h2>
      {stats.plan.received === 0 ? (
        <p className="muted">{t('noStats')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('received')}</th>
                <th scope="col">{t('answeredCount')}</th>
                <th scope="col">{t('onTime')}</th>
                <th scope="col">{t('averageDays')}</th>
                <th scope="col">{t('satisfaction')}</th>
              </tr>
            </thead>
            <tbody>
              <Row name={t('planTotal')} c={stats.plan} />
              {stats.units.map((u) => (
                <Row key={u.unitId} name={u.unitName} c={u} user />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
