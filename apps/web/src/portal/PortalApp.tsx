/** The public portal: published plans, their indicators with status and charts, projects, open data, opinions. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { api } from '../shared/api.ts';
import { t, toggleLanguage, isEnglish } from '../shared/i18n.ts';
import { PlanPage } from './PlanPage.tsx';

const IndicatorPage = lazy(() => import('./IndicatorPage.tsx'));

function PlanList() {
  const [plans, setPlans] = useState<
    { id: string; title: string; issuer: string | null; period: { start: number; end: number } }[] | null
  >(null);
  useEffect(() => {
    void api<{ plans: typeof plans }>('/api/plans').then((r) => setPlans(r.plans));
  }, []);
  if (!plans) return <p>{t('loading')}</p>;
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

export function PortalApp() {
  useEffect(() => {
    document.documentElement.lang = isEnglish() ? 'en' : 'zh-CN';
  }, []);
  return (
    <>
      <header className="top">
        <Link to="/">纲目 · {t('portalTitle')}</Link>
        <button type="button" onClick={toggleLanguage} lang={isEnglish() ? 'zh-CN' : 'en'}>
          {t('language')}
        </button>
      </header>
      <main>
        <Suspense fallback={<p>{t('loading')}</p>}>
          <Routes>
            <Route path="/" element={<PlanList />} />
            <Route path="/plans/:planId" element={<PlanPage />} />
            <Route path="/indicators/:indicatorId" element={<IndicatorPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
