/** Moderation of the public's opinions: publish (公开) or reject (不予公开), plan by plan. */
import { Button, Select, Space, Table, Tag } from 'antd';
import { formatDateTime } from '../../../shared/time.ts';
import type { Opinion } from '../../api-types.ts';
import { L } from '../../i18n.ts';
import { userText } from '../../user-content.tsx';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { OPINION_STATUS, OPINION_TARGET, statusLabel } from '../../statuses.ts';
import { useOpinions } from './useOpinions.ts';

export default function Opinions() {
  const { plans, planId, setPlanId, rows, moderate } = useOpinions();
  if (rows === null) return <PageSkeleton />;
  return (
    <>
      <Select
        style={{ minWidth: 320, maxWidth: '100%', marginBottom: 12 }}
        value={planId ?? undefined}
        onChange={setPlanId}
        aria-label={L('规划', 'Plan')}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
      />
      <Table
        rowKey="id"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: L('意见', 'Opinion'),
            dataIndex: 'content',
            render: userText,
          },
          {
            title: L('署名', 'Name'),
            dataIndex: 'authorName',
            render: userText,
          },
          {
            title: L('对象', 'On'),
            dataIndex: 'targetType',
            render: (v: string) => statusLabel(OPINION_TARGET, v),
          },
          { title: L('时间', 'When'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          {
            title: L('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={OPINION_STATUS[s]?.color}>{statusLabel(OPINION_STATUS, s)}</Tag>
            ),
          },
          {
            title: L('操作', 'Actions'),
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
