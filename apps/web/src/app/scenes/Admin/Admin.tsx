/** Administration: units, users and roles; the audit log with "as of" time travel and the chain's verification. */
import { Tabs } from 'antd';
import { L } from '../../i18n.ts';
import { AuditTab } from './AuditTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import { UsersTab } from './UsersTab.tsx';
import { useAdmin } from './useAdmin.ts';

export default function Admin() {
  const admin = useAdmin();
  return (
    <Tabs
      items={[
        { key: 'audit', label: L('留痕', 'Audit trail'), children: <AuditTab admin={admin} /> },
        ...(admin.isAdmin
          ? [
              {
                key: 'users',
                label: L('用户与角色', 'Users and roles'),
                children: <UsersTab admin={admin} />,
              },
              { key: 'units', label: L('单位', 'Units'), children: <UnitsTab admin={admin} /> },
            ]
          : []),
      ]}
    />
  );
}
