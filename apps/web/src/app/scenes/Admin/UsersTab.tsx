/** Users and roles: create a user (a role, and a unit for reporters) and the list. */
import { Button, Card, Form, Input, Select, Table } from 'antd';
import { L } from '../../i18n.ts';
import { userText } from '../../user-content.tsx';
import { options, ROLE, statusLabel } from '../../statuses.ts';
import type { NewUser, useAdmin } from './useAdmin.ts';

export function UsersTab({ admin }: { admin: ReturnType<typeof useAdmin> }) {
  const { units, users } = admin;
  return (
    <>
      <Card size="small" title={L('新建用户', 'New user')} style={{ marginBottom: 12 }}>
        <Form layout="inline" onFinish={(v: NewUser) => admin.createUser(v)}>
          <Form.Item name="username" rules={[{ required: true }]}>
            <Input placeholder={L('用户名', 'User name')} aria-label={L('用户名', 'User name')} />
          </Form.Item>
          <Form.Item name="displayName" rules={[{ required: true }]}>
            <Input placeholder={L('姓名', 'Name')} aria-label={L('姓名', 'Name')} />
          </Form.Item>
          <Form.Item
            name="password"
            rules={[{ required: true, min: 12, message: L('密码至少 12 个字符', 'At least 12 characters') }]}
          >
            <Input.Password placeholder={L('初始密码', 'Password')} aria-label={L('初始密码', 'Password')} />
          </Form.Item>
          <Form.Item name="role" rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              placeholder={L('角色', 'Role')}
              aria-label={L('角色', 'Role')}
              options={options(ROLE)}
            />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              style={{ width: 160 }}
              allowClear
              placeholder={L('单位', 'Unit')}
              aria-label={L('单位', 'Unit')}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {L('创建', 'Create')}
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
            title: L('用户名', 'User'),
            dataIndex: 'username',
            render: userText,
          },
          {
            title: L('姓名', 'Name'),
            dataIndex: 'display_name',
            render: userText,
          },
          { title: L('角色', 'Role'), dataIndex: 'role', render: (r: string) => statusLabel(ROLE, r) },
          {
            title: L('单位', 'Unit'),
            dataIndex: 'unit_id',
            render: (id: string | null) => units.find((u) => u.id === id)?.name ?? '—',
          },
        ]}
      />
    </>
  );
}
