/** The public portal: published plans, their indicators with status and charts, projects, open data, opinions and following them. */
import { lazy, Suspense, useEffect } from 'react';
import { Link, Route, Routes } from 'react-router';
import { t, toggleLanguage, isEnglish } from '../shared/i18n.ts';
import { PlanList } from './scenes/PlanList/PlanList.tsx';
import { Plan } from './scenes/Plan/Plan.tsx';

const Indicator = lazy(() => import('./scenes/Indicator/Indicator.tsx'));
const Report = lazy(() => import('./scenes/Report/Report.tsx'));
const Track = lazy(() => import('./scenes/Track/Track.tsx'));

/** An address the portal does not know (the server answers it with status 404 and this page). */
const NotFound = () => (
  <>
    <h1>{t('notFound')}</h1>
    <p>
      <Link to="/">{t('backHome')}</Link>
    </p>
  </>
);

export function PortalApp() {
  useEffect(() => {
    document.documentElement.lang = isEnglish() ? 'en' : 'zh-CN';
  }, []);
  return (
    <>
      <header className="top">
        <Link to="/">纲目 · {t('portalTitle')}</Link>
        <Link to="/track" className="nav">
          {t('track')}
        </Link>
        <button type="button" onClick={toggleLanguage} lang={isEnglish() ? 'zh-CN' : 'en'}>
          {t('language')}
        </button>
      </header>
      <main>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Routes>
            <Route path="/" element={<PlanList />} />
            <Route path="/plans/:planId" element={<Plan />} />
            <Route path="/indicators/:indicatorId" element={<Indicator />} />
            <Route path="/reports/:reportId/:number" element={<Report />} />
            <Route path="/track" element={<Track />} />
            <Route path="/track/:code" element={<Track />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
