import { useCallback, useEffect, useState } from 'react';
import { App, Button, Space, Table, Tag } from 'antd';
import { api } from '../../shared/api.ts';
import { isEnglish } from '../../shared/i18n.ts';
import { useSession } from '../session.ts';
import { L } from './common.tsx';

interface Warning {
  id: string;
  level: string;
  kind: string;
  reason: string;
  reason_en: string;
  status: string;
  version: number;
  created_at: string;
}

export default function WarningsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Warning[]>([]);
  const load = useCallback(
    async () => setRows((await api<{ warnings: Warning[] }>('/api/warnings')).warnings),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const canAct = user?.role === 'admin' || user?.role === 'supervisor';
  const act = async (w: Warning, path: string, body: object, ifMatch?: number) => {
    try {
      await api(path, {
        method: path.endsWith('/urge') ? 'POST' : 'PATCH',
        body,
        ...(ifMatch !== undefined ? { ifMatch } : {}),
      });
      message.success(L('已处理', 'Done'));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Table
      rowKey="id"
      dataSource={rows}
      columns={[
        {
          title: L('级别', 'Level'),
          dataIndex: 'level',
          render: (v: string) => (
            <Tag color={v === 'red' ? 'red' : 'gold'}>
              {v === 'red' ? L('红色', 'red') : L('黄色', 'yellow')}
            </Tag>
          ),
        },
        {
          title: L('原因', 'Reason'),
          dataIndex: 'reason',
          render: (_: string, w: Warning) => (isEnglish() ? w.reason_en : w.reason),
        },
        { title: L('状态', 'Status'), dataIndex: 'status' },
        { title: L('时间', 'Raised'), dataIndex: 'created_at', render: (v: string) => v.slice(0, 10) },
        ...(canAct
          ? [
              {
                title: '',
                key: 'act',
                render: (_: unknown, w: Warning) => (
                  <Space>
                    <Button
                      size="small"
                      onClick={() =>
                        void act(w, `/api/warnings/${w.id}`, { status: 'acknowledged' }, w.version)
                      }
                    >
                      {L('确认', 'Acknowledge')}
                    </Button>
                    <Button size="small" onClick={() => void act(w, `/api/warnings/${w.id}/urge`, {})}>
                      {L('催办', 'Urge')}
                    </Button>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => void act(w, `/api/warnings/${w.id}`, { status: 'resolved' }, w.version)}
                    >
                      {L('办结', 'Resolve')}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
