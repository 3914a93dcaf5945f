/**
 * A published plan for the public: progress summary, indicators with status, open data, outline (a chapter's text
 * when it is opened), projects, the opinions answered and how opinions are handled, and the opinion form.
 */
import { Link, useParams } from 'react-router';
import { isEnglish, t } from '../../../shared/i18n.ts';
import { AnsweredOpinions } from '../../AnsweredOpinions.tsx';
import { OpinionForm } from '../../OpinionForm.tsx';
import { StatusBadge } from '../../StatusBadge.tsx';
import { usePlan } from './usePlan.ts';
import { PublishedReports } from './PublishedReports.tsx';
import { ChapterText } from './ChapterText.tsx';
import { OpinionStatistics } from './OpinionStatistics.tsx';

export function Plan() {
  const { planId } = useParams();
  const { plan, evaluation, error } = usePlan(planId);
  if (error) return <p role="alert">{error}</p>;
  if (!plan) return <p>{t('loading')}</p>;
  const chapters = plan.outline.flatMap((n) => (n.kind === 'part' ? n.children : [n]));
  return (
    <>
      <h1>{plan.title}</h1>
      <p className="muted">
        {plan.issuer} · {plan.period.start}–{plan.period.end}
      </p>
      {evaluation && (
        <section className="card summary" aria-labelledby="summary-h">
          <h2 id="summary-h">
            {t('summary')}（{evaluation.asOfYear}）
          </h2>
          <p>{isEnglish() ? evaluation.summary.sentenceEn : evaluation.summary.sentence}</p>
        </section>
      )}
      <h2>{t('indicators')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('indicators')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" className="hide-narrow">
                {t('reason')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(evaluation?.indicators ?? []).map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/indicators/${i.id}`}>{i.name}</Link>
                  {i.unit ? <span className="muted">（{i.unit}）</span> : null}
                </td>
                <td>{i.target}</td>
                <td>
                  <StatusBadge status={i.status} label={i} />
                </td>
                <td className="reason hide-narrow">{isEnglish() ? i.reasonEn : i.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="downloads">
        {t('downloads')}：<a href={`/api/plans/${plan.id}/open-data.csv`}>CSV</a>
        <a href={`/api/plans/${plan.id}/open-data.json`}>JSON</a>
        <a href={`/api/plans/${plan.id}/open-data.xlsx`}>XLSX</a>
      </p>
      <p className="downloads">
        {t('downloadsOpinions')}：<a href={`/api/plans/${plan.id}/open-data/opinions.csv`}>CSV</a>
        <a href={`/api/plans/${plan.id}/open-data/opinions.json`}>JSON</a>
      </p>
      <h2>{t('outline')}</h2>
      {chapters.map((c) => (
        <ChapterText key={c.id} planId={plan.id} chapter={c} />
      ))}
      <PublishedReports planId={plan.id} />
      <h2>{t('projects')}</h2>
      <div className="table-wrap">
        <table>
          <tbody>
            {plan.projects.map((p) => (
              <tr key={p.id}>
                <td>
                  <strong>{p.name}</strong>
                  <div className="reason">{p.description}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AnsweredOpinions planId={plan.id} plan={plan} />
      <OpinionStatistics planId={plan.id} />
      <OpinionForm planId={plan.id} plan={plan} />
    </>
  );
}
