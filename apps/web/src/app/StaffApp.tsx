/** The staff app: sign-in, then the pages of each role (dashboard, plans, import, workspace, warnings, opinions, admin). */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { api, setCsrf } from '../shared/api.ts';
import { SessionContext, type User } from './session.ts';
import { Login } from './scenes/Login/Login.tsx';
import { NotFound } from './NotFound.tsx';
import { PageSkeleton } from './PageSkeleton.tsx';
import { StaffLayout } from './StaffLayout.tsx';

const Dashboard = lazy(() => import('./scenes/Dashboard/Dashboard.tsx'));
const Plan = lazy(() => import('./scenes/Plan/Plan.tsx'));
const Import = lazy(() => import('./scenes/Import/Import.tsx'));
const Workspace = lazy(() => import('./scenes/Workspace/Workspace.tsx'));
const Warnings = lazy(() => import('./scenes/Warnings/Warnings.tsx'));
const Opinions = lazy(() => import('./scenes/Opinions/Opinions.tsx'));
const Admin = lazy(() => import('./scenes/Admin/Admin.tsx'));
const Indicator = lazy(() => import('./scenes/Indicator/Indicator.tsx'));
const Reports = lazy(() => import('./scenes/Reports/Reports.tsx'));
const Portfolio = lazy(() => import('./scenes/Portfolio/Portfolio.tsx'));
const Districts = lazy(() => import('./scenes/Districts/Districts.tsx'));
const Links = lazy(() => import('./scenes/Links/Links.tsx'));
const Revisions = lazy(() => import('./scenes/Revisions/Revisions.tsx'));
const Holidays = lazy(() => import('./scenes/Holidays/Holidays.tsx'));

export function StaffApp() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const navigate = useNavigate();
  const refresh = useCallback(() => {
    api<{ user: User; csrfToken: string }>('/api/session').then(
      (s) => {
        setCsrf(s.csrfToken);
        setUser(s.user);
      },
      () => setUser(null),
    );
  }, []);
  useEffect(refresh, [refresh]);
  if (user === undefined) return <PageSkeleton />;
  if (user === null) return <Login onLogin={refresh} />;
  const signOut = async () => {
    await api('/api/session', { method: 'DELETE' });
    setUser(null);
    navigate('/');
  };
  return (
    <SessionContext.Provider value={{ user, refresh }}>
      <StaffLayout user={user} onSignOut={() => void signOut()}>
        <Suspense fallback={<PageSkeleton />}>
          <Routes>
            <Route path="/" element={<Dashboard />} />
            <Route path="/plans" element={<Plan />} />
            <Route path="/plans/:planId" element={<Plan />} />
            <Route path="/import" element={<Import />} />
            <Route path="/work" element={<Workspace />} />
            <Route path="/warnings" element={<Warnings />} />
            <Route path="/opinions" element={<Opinions />} />
            <Route path="/holidays" element={<Holidays />} />
            <Route path="/admin" element={<Admin />} />
            <Route path="/reports" element={<Reports />} />
            <Route path="/indicators/:indicatorId" element={<Indicator />} />
            <Route path="/portfolio/:governmentId" element={<Portfolio />} />
            <Route path="/plans/:planId/districts" element={<Districts />} />
            <Route path="/plans/:planId/links" element={<Links />} />
            <Route path="/plans/:planId/revisions" element={<Revisions />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </StaffLayout>
    </SessionContext.Provider>
  );
}
