/** Moderation of the public's opinions: publish (公开) or reject (不予公开), plan by plan. */
import { Button, Select, Space, Table, Tag } from 'antd';
import { formatDateTime } from '../../../shared/time.ts';
import type { Opinion } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { OPINION_STATUS, OPINION_TARGET, statusLabel } from '../../i18n/index.ts';
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
        aria-label={t('plan')}
        options={plans.map((p) => ({ value: p.id, label: userText(p.title) }))}
      />
      <Table
        rowKey="id"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('opinion'),
            dataIndex: 'content',
            render: userText,
          },
          {
            title: t('signedBy'),
            dataIndex: 'authorName',
            render: userText,
          },
          {
            title: t('on'),
            dataIndex: 'targetType',
            render: (v: string) => statusLabel(OPINION_TARGET, v),
          },
          { title: t('when'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={OPINION_STATUS[s]?.color}>{statusLabel(OPINION_STATUS, s)}</Tag>
            ),
          },
          {
            title: t('actions'),
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
                    {t('makePublic')}
                  </Button>
                  <Button size="small" onClick={() => void moderate(o, 'rejected')}>
                    {t('reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
