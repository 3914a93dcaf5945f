/** The plan's published reports, listed on the plan page (the plan asks for public reporting of implementation). */
import type { PublishedReportHeadJson, PublishedReportListJson } from '@gangmu/contract';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../shared/api.ts';
import { isEnglish, t } from '../../../shared/i18n.ts';
import { KIND_LABELS } from '../../../shared/report-types.ts';

type Published = PublishedReportHeadJson;

export function PublishedReports({ planId }: { planId: string }) {
  const [reports, setReports] = useState<Published[]>([]);
  useEffect(() => {
    void api<PublishedReportListJson>(`/api/plans/${planId}/published-reports`).then((r) =>
      setReports(r.reports),
    );
  }, [planId]);
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reports-h">
      <h2 id="reports-h">{t('reports')}</h2>
      {reports.map((r) => (
        <div className="card" key={`${r.reportId}-${r.number}`}>
          <Link to={`/reports/${r.reportId}/${r.number}`} data-testid="published-report">
            {r.kind === 'annual' ? `${r.year}` : ''}
            {KIND_LABELS[r.kind][isEnglish() ? 1 : 0]}
          </Link>
        </div>
      ))}
    </section>
  );
}
