/** Warnings (预警): level, reason, status and date; acknowledge, urge (催办) and resolve (办结). */
import { Button, Space, Table, Tag } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { formatDate } from '../../../shared/time.ts';
import type { WarningJson as Warning } from '@gangmu/contract';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { statusLabel, TAG, t, WARNING_STATUS } from '../../i18n/index.ts';
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
          title: t('level'),
          dataIndex: 'level',
          render: (v: string) => (
            <Tag color={v === 'red' ? TAG.red : TAG.gold}>
              {v === 'red' ? t('redLevel') : t('yellowLevel')}
            </Tag>
          ),
        },
        {
          title: t('reason'),
          dataIndex: 'reason',
          render: (_: string, w: Warning) => (
            <span data-user-content>{isEnglish() ? w.reasonEn : w.reason}</span>
          ),
        },
        {
          title: t('status'),
          dataIndex: 'status',
          render: (s: string) => <Tag color={WARNING_STATUS[s]?.color}>{statusLabel(WARNING_STATUS, s)}</Tag>,
        },
        { title: t('raisedAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
        ...(canAct
          ? [
              {
                title: t('actions'),
                key: 'act',
                render: (_: unknown, w: Warning) => (
                  <Space>
                    <Button size="small" onClick={() => void setStatus(w, 'acknowledged')}>
                      {t('acknowledge')}
                    </Button>
                    <Button size="small" onClick={() => void urge(w)}>
                      {t('urge')}
                    </Button>
                    <Button size="small" type="primary" onClick={() => void setStatus(w, 'resolved')}>
                      {t('resolve')}
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
