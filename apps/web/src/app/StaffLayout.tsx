/**
 * The staff app's frame: a header with the menu on a desk, and on a phone (below 768 px) a menu button that
 * opens the menu, the user's name and the language and sign-out buttons in a drawer.
 */
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { isEnglish, toggleLanguage } from '../shared/i18n.ts';
import { t } from './i18n/index.ts';
import type { User } from './session.ts';

function menuItems(user: User) {
  const item = (key: string, label: string) => ({ key, label: <Link to={key}>{label}</Link> });
  return [
    item('/', t('dashboard')),
    ...(user.role !== 'reporter' ? [item('/plans', t('plans'))] : []),
    ...(user.role === 'admin' ? [item('/import', t('import'))] : []),
    ...(user.role !== 'reporter' ? [item('/reports', t('reports'))] : []),
    item('/work', t('workspace')),
    item('/warnings', t('warnings')),
    item('/opinions', t('opinions')),
    ...(['admin', 'auditor'].includes(user.role) ? [item('/admin', t('admin'))] : []),
    ...(user.role === 'admin' ? [item('/holidays', t('holidays'))] : []),
  ];
}

const white = { color: '#fff', whiteSpace: 'nowrap' as const };

export function StaffLayout({
  user,
  onSignOut,
  children,
}: {
  user: User;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const location = useLocation();
  const isDesk = Grid.useBreakpoint().md ?? true;
  const [drawer, setDrawer] = useState(false);
  const items = menuItems(user);
  const selected = items
    .map((i) => i.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)));
  const language = (
    <Button size="small" onClick={toggleLanguage} lang={isEnglish() ? 'zh-CN' : 'en'}>
      {t('language')}
    </Button>
  );
  const signOut = (
    <Button size="small" onClick={onSignOut}>
      {t('signOut')}
    </Button>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#8b1a1a',
          padding: isDesk ? '0 24px' : '0 12px',
        }}
      >
        <Typography.Text style={{ ...white, fontWeight: 700 }} lang="zh-CN">
          纲目 <span lang="en">Gangmu</span>
        </Typography.Text>
        {isDesk ? (
          <>
            <Menu
              theme="dark"
              mode="horizontal"
              selectedKeys={selected}
              items={items}
              style={{ flex: 1, background: 'transparent', minWidth: 0 }}
            />
            <Typography.Text
              style={{ ...white, maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }}
              data-user-content
            >
              {user.displayName}
            </Typography.Text>
            {language}
            {signOut}
          </>
        ) : (
          <>
            <span style={{ flex: 1 }} />
            <Button onClick={() => setDrawer(true)} aria-expanded={drawer} data-testid="menu-button">
              {t('menu')}
            </Button>
          </>
        )}
      </Layout.Header>
      {!isDesk && (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="right"
          width={260}
          title={t('menu')}
        >
          <Menu mode="vertical" selectedKeys={selected} items={items} onClick={() => setDrawer(false)} />
          <Space direction="vertical" style={{ marginTop: 16 }}>
            <Typography.Text data-user-content>{user.displayName}</Typography.Text>
            <Space>
              {language}
              {signOut}
            </Space>
          </Space>
        </Drawer>
      )}
      <Layout.Content style={{ padding: isDesk ? 24 : 12, minWidth: 0 }}>{children}</Layout.Content>
    </Layout>
  );
}
