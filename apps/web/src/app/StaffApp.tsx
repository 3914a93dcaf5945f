/** The staff app: sign-in, then the pages of each role (dashboard, plans, import, workspace, warnings, opinions, admin). */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Button, Layout, Menu, Spin, Typography } from 'antd';
import { api, setCsrf } from '../shared/api.ts';
import { isEnglish, toggleLanguage } from '../shared/i18n.ts';
import { SessionContext, type User } from './session.ts';
import { LoginPage } from './pages/LoginPage.tsx';

const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx'));
const PlanPage = lazy(() => import('./pages/PlanPage.tsx'));
const ImportPage = lazy(() => import('./pages/ImportPage.tsx'));
const WorkspacePage = lazy(() => import('./pages/WorkspacePage.tsx'));
const WarningsPage = lazy(() => import('./pages/WarningsPage.tsx'));
const OpinionsPage = lazy(() => import('./pages/OpinionsPage.tsx'));
const AdminPage = lazy(() => import('./pages/AdminPage.tsx'));
const IndicatorPage = lazy(() => import('./pages/IndicatorPage.tsx'));

const L = (zh: string, en: string) => (isEnglish() ? en : zh);

export function StaffApp() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();
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
  if (user === undefined) return <Spin style={{ margin: 48 }} />;
  if (user === null) return <LoginPage onLogin={refresh} />;
  const items = [
    { key: '/', label: <Link to="/">{L('总览', 'Dashboard')}</Link> },
    ...(user.role !== 'reporter'
      ? [{ key: '/plans', label: <Link to="/plans">{L('规划', 'Plans')}</Link> }]
      : []),
    ...(user.role === 'admin'
      ? [{ key: '/import', label: <Link to="/import">{L('导入', 'Import')}</Link> }]
      : []),
    { key: '/work', label: <Link to="/work">{L('工作台', 'Workspace')}</Link> },
    { key: '/warnings', label: <Link to="/warnings">{L('预警', 'Warnings')}</Link> },
    ...(['admin', 'supervisor'].includes(user.role)
      ? [{ key: '/opinions', label: <Link to="/opinions">{L('意见', 'Opinions')}</Link> }]
      : []),
    ...(['admin', 'auditor'].includes(user.role)
      ? [{ key: '/admin', label: <Link to="/admin">{L('管理', 'Admin')}</Link> }]
      : []),
  ];
  const selected = items
    .map((i) => i.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)));
  return (
    <SessionContext.Provider value={{ user, refresh }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#8b1a1a' }}>
          <Typography.Text style={{ color: '#fff', fontWeight: 700, whiteSpace: 'nowrap' }}>
            纲目 Gangmu
          </Typography.Text>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected}
            items={items}
            style={{ flex: 1, background: 'transparent', minWidth: 0 }}
          />
          <Typography.Text style={{ color: '#fff' }}>{user.displayName}</Typography.Text>
          <Button size="small" onClick={toggleLanguage}>
            {isEnglish() ? '中文' : 'English'}
          </Button>
          <Button
            size="small"
            onClick={async () => {
              await api('/api/session', { method: 'DELETE' });
              setUser(null);
              navigate('/');
            }}
          >
            {L('退出', 'Sign out')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route path="/" element={<DashboardPage />} />
              <Route path="/plans" element={<PlanPage />} />
              <Route path="/plans/:planId" element={<PlanPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/work" element={<WorkspacePage />} />
              <Route path="/warnings" element={<WarningsPage />} />
              <Route path="/opinions" element={<OpinionsPage />} />
              <Route path="/admin" element={<AdminPage />} />
              <Route path="/indicators/:indicatorId" element={<IndicatorPage />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </SessionContext.Provider>
  );
}
