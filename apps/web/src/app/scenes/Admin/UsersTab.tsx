/** Users and roles: create a user (a role, and a unit for reporters) and the list. */
import { Button, Card, Form, Input, Select, Table } from 'antd';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { options, ROLE, statusLabel } from '../../i18n/index.ts';
import type { NewUser, useAdmin } from './useAdmin.ts';

export function UsersTab({ admin }: { admin: ReturnType<typeof useAdmin> }) {
  const { units, users } = admin;
  return (
    <>
      <Card size="small" title={t('newUser')} style={{ marginBottom: 12 }}>
        <Form layout="inline" onFinish={(v: NewUser) => admin.createUser(v)}>
          <Form.Item name="username" rules={[{ required: true }]}>
            <Input placeholder={t('userName')} aria-label={t('userName')} />
          </Form.Item>
          <Form.Item name="displayName" rules={[{ required: true }]}>
            <Input placeholder={t('personName')} aria-label={t('personName')} />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, min: 12, message: t('atLeast12Characters') }]}>
            <Input.Password placeholder={t('initialPassword')} aria-label={t('initialPassword')} />
          </Form.Item>
          <Form.Item name="role" rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              placeholder={t('role')}
              aria-label={t('role')}
              options={options(ROLE)}
            />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              style={{ width: 160 }}
              allowClear
              placeholder={t('unitOrg')}
              aria-label={t('unitOrg')}
              options={units.map((u) => ({ value: u.id, label: userText(u.name) }))}
            />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('create')}
          </Button>
        </Form>
      </Card>
      <Table
        size="small"
        rowKey="id"
        dataSource={users}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('userColumn'),
            dataIndex: 'username',
            render: userText,
          },
          {
            title: t('personName'),
            dataIndex: 'displayName',
            render: userText,
          },
          { title: t('role'), dataIndex: 'role', render: (r: string) => statusLabel(ROLE, r) },
          {
            title: t('unitOrg'),
            dataIndex: 'unitId',
            render: (id: string | null) => userText(units.find((u) => u.id === id)?.name ?? '—'),
          },
        ]}
      />
    </>
  );
}
