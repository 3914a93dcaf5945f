/** Administration: units, users and roles; the audit log with "as of" time travel and the chain's verification. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tabs } from 'antd';
import { api } from '../../shared/api.ts';
import { useSession } from '../session.ts';
import { L } from './common.tsx';

interface Unit {
  id: string;
  code: string;
  name: string;
}
interface User {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_id: string | null;
}
interface Event {
  seq: number;
  at: string;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  plan_id: string | null;
}

export default function AdminPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [units, setUnits] = useState<Unit[]>([]);
  const [users, setUsers] = useState<User[]>([]);
  const [events, setEvents] = useState<Event[]>([]);
  const [chain, setChain] = useState<{
    ok: boolean;
    events: number;
    first?: { seq: number; problem: string };
  } | null>(null);
  const [asOf, setAsOf] = useState<{ title: string; chapters: string[] } | null>(null);
  const isAdmin = user?.role === 'admin';
  const load = async () => {
    setUnits((await api<{ units: Unit[] }>('/api/units')).units);
    if (isAdmin) setUsers((await api<{ users: User[] }>('/api/users')).users);
    setEvents((await api<{ events: Event[] }>('/api/audit?limit=200')).events);
    setChain(await api('/api/audit/verify'));
  };
  useEffect(() => {
    void load();
  }, []);
  return (
    <Tabs
      items={[
        {
          key: 'audit',
          label: L('留痕', 'Audit trail'),
          children: (
            <>
              {chain && (
                <Alert
                  type={chain.ok ? 'success' : 'error'}
                  style={{ marginBottom: 12 }}
                  data-testid="chain"
                  title={
                    chain.ok
                      ? `${L('留痕链完整', 'Chain intact')}：${chain.events} ${L('条', 'events')}`
                      : `${L('留痕链断裂于第', 'Chain broken at event')} ${chain.first?.seq}（${chain.first?.problem}）`
                  }
                />
              )}
              <Card
                size="small"
                title={L('时间回溯：查看某一时刻的规划', 'As of: the plan at a past moment')}
                style={{ marginBottom: 12 }}
              >
                <Form
                  layout="inline"
                  onFinish={async (v: { at: string }) => {
                    try {
                      const { plans } = await api<{ plans: { id: string }[] }>('/api/plans');
                      const p = await api<{ title: string; outline: { title: string; no: number }[] }>(
                        `/api/plans/${plans[0]!.id}?asOf=${encodeURIComponent(new Date(v.at).toISOString())}`,
                      );
                      setAsOf({ title: p.title, chapters: p.outline.map((c) => `${c.no} ${c.title}`) });
                    } catch (e) {
                      message.error((e as Error).message);
                    }
                  }}
                >
                  <Form.Item name="at" rules={[{ required: true }]}>
                    <Input type="datetime-local" />
                  </Form.Item>
                  <Button htmlType="submit">{L('回溯', 'Show')}</Button>
                </Form>
                {asOf && (
                  <div style={{ marginTop: 8 }}>
                    <b>{asOf.title}</b>
                    <ul>
                      {asOf.chapters.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </Card>
              <Table
                size="small"
                rowKey="seq"
                dataSource={events}
                columns={[
                  { title: '#', dataIndex: 'seq' },
                  { title: L('时间', 'When'), dataIndex: 'at' },
                  { title: L('人员', 'Who'), dataIndex: 'actor_name' },
                  { title: L('操作', 'What'), dataIndex: 'action' },
                  { title: L('对象', 'Entity'), dataIndex: 'entity' },
                ]}
              />
            </>
          ),
        },
        ...(isAdmin
          ? [
              {
                key: 'users',
                label: L('用户与角色', 'Users and roles'),
                children: (
                  <>
                    <Card size="small" title={L('新建用户', 'New user')} style={{ marginBottom: 12 }}>
                      <Form
                        layout="inline"
                        onFinish={async (v: {
                          username: string;
                          displayName: string;
                          password: string;
                          role: string;
                          unitId?: string;
                        }) => {
                          try {
                            await api('/api/users', { method: 'POST', body: v });
                            message.success(L('已创建', 'Created'));
                            await load();
                          } catch (e) {
                            message.error((e as Error).message);
                          }
                        }}
                      >
                        <Form.Item name="username" rules={[{ required: true }]}>
                          <Input placeholder={L('用户名', 'User name')} />
                        </Form.Item>
                        <Form.Item name="displayName" rules={[{ required: true }]}>
                          <Input placeholder={L('姓名', 'Name')} />
                        </Form.Item>
                        <Form.Item name="password" rules={[{ required: true, min: 10 }]}>
                          <Input.Password placeholder={L('初始密码', 'Password')} />
                        </Form.Item>
                        <Form.Item name="role" rules={[{ required: true }]}>
                          <Select
                            style={{ width: 120 }}
                            options={['admin', 'reporter', 'supervisor', 'leader', 'auditor'].map((r) => ({
                              value: r,
                              label: r,
                            }))}
                          />
                        </Form.Item>
                        <Form.Item name="unitId">
                          <Select
                            style={{ width: 160 }}
                            allowClear
                            placeholder={L('单位', 'Unit')}
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
                      columns={[
                        { title: L('用户名', 'User'), dataIndex: 'username' },
                        { title: L('姓名', 'Name'), dataIndex: 'display_name' },
                        { title: L('角色', 'Role'), dataIndex: 'role' },
                        {
                          title: L('单位', 'Unit'),
                          dataIndex: 'unit_id',
                          render: (id: string | null) => units.find((u) => u.id === id)?.name ?? '—',
                        },
                      ]}
                    />
                  </>
                ),
              },
              {
                key: 'units',
                label: L('单位', 'Units'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Form
                      layout="inline"
                      onFinish={async (v: { code: string; name: string }) => {
                        try {
                          await api('/api/units', { method: 'POST', body: v });
                          await load();
                        } catch (e) {
                          message.error((e as Error).message);
                        }
                      }}
                    >
                      <Form.Item name="code" rules={[{ required: true }]}>
                        <Input placeholder={L('代码', 'Code')} />
                      </Form.Item>
                      <Form.Item name="name" rules={[{ required: true }]}>
                        <Input placeholder={L('名称', 'Name')} />
                      </Form.Item>
                      <Button htmlType="submit">{L('新建单位', 'New unit')}</Button>
                    </Form>
                    <Table
                      size="small"
                      rowKey="id"
                      dataSource={units}
                      columns={[
                        { title: L('代码', 'Code'), dataIndex: 'code' },
                        { title: L('名称', 'Name'), dataIndex: 'name' },
                      ]}
                    />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
