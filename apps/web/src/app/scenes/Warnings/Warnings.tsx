/** Warnings (预警): level, reason, status and date; acknowledge, urge (催办) and resolve (办结). */
import { Button, Space, Table, Tag } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { formatDate } from '../../../shared/time.ts';
import type { Warning } from '../../api-types.ts';
import { L } from '../../i18n.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { statusLabel, WARNING_STATUS } from '../../statuses.ts';
import { useWarnings } from './useWarnings.ts';

export default function Warnings() {
  const { rows, canAct, setStatus, urge } = useWarnings();
  if (rows === null) return <PageSkeleton />;
  return (
    <Table
      rowKey="id"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
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
          render: (_: string, w: Warning) => (
            <span data-user-content>{isEnglish() ? w.reason_en : w.reason}</span>
          ),
        },
        {
          title: L('状态', 'Status'),
          dataIndex: 'status',
          render: (s: string) => <Tag color={WARNING_STATUS[s]?.color}>{statusLabel(WARNING_STATUS, s)}</Tag>,
        },
        { title: L('时间', 'Raised'), dataIndex: 'created_at', render: (v: string) => formatDate(v) },
        ...(canAct
          ? [
              {
                title: L('操作', 'Actions'),
                key: 'act',
                render: (_: unknown, w: Warning) => (
                  <Space>
                    <Button size="small" onClick={() => void setStatus(w, 'acknowledged')}>
                      {L('确认', 'Acknowledge')}
                    </Button>
                    <Button size="small" onClick={() => void urge(w)}>
                      {L('催办', 'Urge')}
                    </Button>
                    <Button size="small" type="primary" onClick={() => void setStatus(w, 'resolved')}>
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
