/** A published report on the portal: the frozen version as a readable page, and its Word file. */
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../../shared/api.ts';
import { t } from '../../../shared/i18n.ts';
import type { ReportContent } from '../../../shared/report-types.ts';
import { ReportDocument } from '../../../shared/ReportDocument.tsx';
import '../../../shared/report.css';

export default function Report() {
  const { reportId, number } = useParams();
  const [content, setContent] = useState<ReportContent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api<{ content: ReportContent }>(`/api/published-reports/${reportId}/${number}`).then(
      (r) => setContent(r.content),
      () => setFailed(true),
    );
  }, [reportId, number]);
  if (failed) return <p>{t('error')}</p>;
  if (!content) return <p>{t('loading')}</p>;
  return (
    <>
      <p>
        <Link to="/">{t('back')}</Link> ·{' '}
        <a href={`/api/published-reports/${reportId}/${number}/docx`} data-testid="report-docx">
          {t('downloadWord')}
        </a>
      </p>
      <ReportDocument content={content} />
    </>
  );
}
