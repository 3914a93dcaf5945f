import { useCallback, useEffect, useState } from 'react';
import { App, Button, Select, Space, Table, Tag } from 'antd';
import { api } from '../../shared/api.ts';
import { L } from './common.tsx';

interface Opinion {
  id: string;
  content: string;
  authorName: string | null;
  status: string;
  version: number;
  createdAt: string;
  targetType: string;
}

export default function OpinionsPage() {
  const { message } = App.useApp();
  const [plans, setPlans] = useState<{ id: string; title: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [rows, setRows] = useState<Opinion[]>([]);
  useEffect(() => {
    void api<{ plans: { id: string; title: string }[] }>('/api/plans').then((r) => {
      setPlans(r.plans);
      setPlanId(r.plans[0]?.id ?? null);
    });
  }, []);
  const load = useCallback(async () => {
    if (planId) setRows((await api<{ opinions: Opinion[] }>(`/api/plans/${planId}/opinions`)).opinions);
  }, [planId]);
  useEffect(() => {
    void load();
  }, [load]);
  const moderate = async (o: Opinion, status: 'approved' | 'rejected') => {
    await api(`/api/opinions/${o.id}`, { method: 'PATCH', ifMatch: o.version, body: { status } }).catch(
      (e: Error) => message.error(e.message),
    );
    await load();
  };
  return (
    <>
      <Select
        style={{ minWidth: 320, marginBottom: 12 }}
        value={planId ?? undefined}
        onChange={setPlanId}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
      />
      <Table
        rowKey="id"
        dataSource={rows}
        columns={[
          { title: L('意见', 'Opinion'), dataIndex: 'content' },
          { title: L('署名', 'Name'), dataIndex: 'authorName' },
          { title: L('对象', 'On'), dataIndex: 'targetType' },
          {
            title: L('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'approved' ? 'green' : s === 'rejected' ? 'red' : 'blue'}>{s}</Tag>
            ),
          },
          {
            title: '',
            key: 'act',
            render: (_: unknown, o: Opinion) =>
              o.status === 'pending' && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void moderate(o, 'approved')}
                    data-testid={`approve-opinion-${o.id}`}
                  >
                    {L('公开', 'Publish')}
                  </Button>
                  <Button size="small" onClick={() => void moderate(o, 'rejected')}>
                    {L('不予公开', 'Reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
