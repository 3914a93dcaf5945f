/**
 * A shareable page per indicator: values against the target path, status, the reason and the change still
 * needed; the opinions on it that were answered, and the form to post one.
 */
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { isEnglish, t } from '../../../shared/i18n.ts';
import { AnsweredOpinions } from '../../AnsweredOpinions.tsx';
import { OpinionForm } from '../../OpinionForm.tsx';
import { StatusBadge } from '../../StatusBadge.tsx';
import { useIndicator } from './useIndicator.ts';

const TrendChart = lazy(() => import('../../../shared/TrendChart.tsx'));

export default function Indicator() {
  const { indicatorId } = useParams();
  const { data, evaluation, error } = useIndicator(indicatorId);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>{t('loading')}</p>;
  // The published yearly rate where there is one (growth_rate, cumulative_change), else the level.
  const series = data.values.flatMap((v) => {
    const value = v.pct ?? v.value;
    return value === undefined ? [] : [{ year: v.year, value }];
  });
  return (
    <>
      <p>
        <Link to={`/plans/${data.plan.id}`}>← {data.plan.title}</Link>
      </p>
      <h1>
        {data.indicator.name}
        {data.indicator.unit ? `（${data.indicator.unit}）` : ''}
      </h1>
      <div className="card">
        <p>
          {t('target')}：{data.indicator.target ?? '—'} · {t('status')}：
          {evaluation ? <StatusBadge status={evaluation.status} label={evaluation} /> : '…'}
        </p>
        {evaluation && <p>{isEnglish() ? evaluation.reasonEn : evaluation.reason}</p>}
        {evaluation?.requiredRemainingPerYear !== null &&
          evaluation?.requiredRemainingPerYear !== undefined && (
            <p className="muted">
              {t('required')}：{Math.round(evaluation.requiredRemainingPerYear * 100) / 100}
            </p>
          )}
      </div>
      <h2>{t('values')}</h2>
      {series.length === 0 ? (
        <p className="muted">{t('noValues')}</p>
      ) : (
        <div className="card">
          <Suspense fallback={<p>{t('loading')}</p>}>
            <TrendChart
              values={series}
              targetYear={data.indicator.definition.targetYear ?? data.plan.period.end ?? 2025}
              {...(data.indicator.definition.target ? { target: data.indicator.definition.target } : {})}
              projected={evaluation?.projectedValue ?? null}
              labels={{ values: t('values'), projection: t('projection'), target: t('target') }}
            />
          </Suspense>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {series.map((v) => (
                  <tr key={v.year}>
                    <td>{v.year}</td>
                    <td>{v.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p className="muted">
        {t('share')}：<a href={location.href}>{location.href}</a>
      </p>
      <AnsweredOpinions planId={data.plan.id} indicatorId={data.indicator.id} />
      <OpinionForm planId={data.plan.id} targetType="indicator" targetId={data.indicator.id} />
    </>
  );
}
