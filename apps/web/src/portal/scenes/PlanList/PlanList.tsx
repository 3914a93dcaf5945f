/** The portal's home: the published plans. */
import { Link } from 'react-router';
import { t } from '../../../shared/i18n.ts';
import { usePlanList } from './usePlanList.ts';

export function PlanList() {
  const plans = usePlanList();
  if (!plans) return <p role="status">{t('loading')}</p>;
  return (
    <>
      <h1>{t('portalTitle')}</h1>
      {plans.map((p) => (
        <div className="card" key={p.id}>
          <Link to={`/plans/${p.id}`}>{p.title}</Link>
          <div className="muted">
            {p.issuer} · {p.period.start}–{p.period.end}
          </div>
        </div>
      ))}
    </>
  );
}
