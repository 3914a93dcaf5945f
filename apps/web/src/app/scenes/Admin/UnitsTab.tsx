/** Units: create one (a code and a name) and the list. */
import { Button, Form, Input, Space, Table } from 'antd';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import type { useAdmin } from './useAdmin.ts';

export function UnitsTab({ admin }: { admin: ReturnType<typeof useAdmin> }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form layout="inline" onFinish={(v: { code: string; name: string }) => admin.createUnit(v)}>
        <Form.Item name="code" rules={[{ required: true }]}>
          <Input placeholder={t('code')} aria-label={t('code')} />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={t('name')} aria-label={t('name')} />
        </Form.Item>
        <Button htmlType="submit">{t('newUnit')}</Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        dataSource={admin.units}
        columns={[
          {
            title: t('code'),
            dataIndex: 'code',
            render: userText,
          },
          { title: t('name'), dataIndex: 'name', render: userText },
        ]}
      />
    </Space>
  );
}
