/** Units: create one (a code and a name) and the list. */
import { Button, Form, Input, Space, Table } from 'antd';
import { L } from '../../i18n.ts';
import { userText } from '../../user-content.tsx';
import type { useAdmin } from './useAdmin.ts';

export function UnitsTab({ admin }: { admin: ReturnType<typeof useAdmin> }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form layout="inline" onFinish={(v: { code: string; name: string }) => admin.createUnit(v)}>
        <Form.Item name="code" rules={[{ required: true }]}>
          <Input placeholder={L('代码', 'Code')} aria-label={L('代码', 'Code')} />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={L('名称', 'Name')} aria-label={L('名称', 'Name')} />
        </Form.Item>
        <Button htmlType="submit">{L('新建单位', 'New unit')}</Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        dataSource={admin.units}
        columns={[
          {
            title: L('代码', 'Code'),
            dataIndex: 'code',
            render: userText,
          },
          { title: L('名称', 'Name'), dataIndex: 'name' },
        ]}
      />
    </Space>
  );
}
