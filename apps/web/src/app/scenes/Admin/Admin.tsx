/** Administration: units, users and roles; the audit log with "as of" time travel and the chain's verification. */
import { Tabs } from 'antd';
import { t } from '../../i18n/index.ts';
import { AuditTab } from './AuditTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import { UsersTab } from './UsersTab.tsx';
import { useAdmin } from './useAdmin.ts';

export default function Admin() {
  const admin = useAdmin();
  return (
    <Tabs
      items={[
        { key: 'audit', label: t('auditTrail'), children: <AuditTab admin={admin} /> },
        ...(admin.isAdmin
          ? [
              {
                key: 'users',
                label: t('usersAndRoles'),
                children: <UsersTab admin={admin} />,
              },
              { key: 'units', label: t('units'), children: <UnitsTab admin={admin} /> },
            ]
          : []),
      ]}
    />
  );
}
