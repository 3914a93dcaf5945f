/**
 * Published opinions with their answers (issue 16): on the plan page all of the plan's, each with what it is
 * about; on an indicator's page only that indicator's. Nothing personal is in this data (the API never sends it).
 */
import { useEffect, useState } from 'react';
import type { PublicPlanJson, PublishedOpinionJson, PublishedOpinionsJson } from '@gangmu/contract';
import { api } from '../shared/api.ts';
import { t } from '../shared/i18n.ts';
import { formatDate } from '../shared/time.ts';
import { RATING_KEY } from './opinion-words.ts';

/** What an opinion is about, in words, from the public plan (headings, indicators, projects). */
function targetLabel(plan: PublicPlanJson, o: PublishedOpinionJson): string {
  if (o.targetType === 'plan' || !o.targetId) return t('targetPlan');
  if (o.targetType === 'indicator') return plan.indicators.find((i) => i.id === o.targetId)?.name ?? '';
  if (o.targetType === 'project') return plan.projects.find((p) => p.id === o.targetId)?.name ?? '';
  const stack = [...plan.outline];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.id === o.targetId) return n.title;
    stack.push(...n.children);
  }
  return '';
}

export function AnsweredOpinions({
  planId,
  plan,
  indicatorId,
}: {
  planId: string;
  plan?: PublicPlanJson;
  indicatorId?: string;
}) {
  const [opinions, setOpinions] = useState<PublishedOpinionJson[] | null>(null);
  useEffect(() => {
    const q = indicatorId ? `?targetType=indicator&targetId=${indicatorId}` : '';
    api<PublishedOpinionsJson>(`/api/plans/${planId}/answered-opinions${q}`).then(
      (r) => setOpinions(r.opinions),
      () => setOpinions([]),
    );
  }, [planId, indicatorId]);
  if (opinions === null) return null;
  return (
    <section aria-labelledby="answered-h" data-testid="answered-opinions">
      <h2 id="answered-h">{t('answeredOpinions')}</h2>
      {opinions.length === 0 && <p className="muted">{t('noAnsweredOpinions')}</p>}
      {opinions.map((o, i) => (
        <article className="card" key={o.trackingCode ?? i}>
          <p className="muted">
            {plan && !indicatorId && <span data-user-content>{targetLabel(plan, o)} · </span>}
            <span data-user-content>{o.authorName ?? t('anonymous')}</span> · {formatDate(o.postedOn)}
          </p>
          <p className="opinion" data-user-content>
            {o.content}
          </p>
          <p className="answer">
            <strong>
              {t('answer')}
              {o.unitName && (
                <>
                  （<span data-user-content>{o.unitName}</span>）
                </>
              )}
            </strong>
            ：<span data-user-content>{o.answer}</span>
          </p>
          <p className="muted">
            {t('answeredOn')} {formatDate(o.publishedAt)}
            {o.taskLinked && ` · ${t('taskLinked')}`}
            {o.rating && ` · ${t('yourRating')}：${t(RATING_KEY[o.rating])}`}
          </p>
        </article>
      ))}
    </section>
  );
}
