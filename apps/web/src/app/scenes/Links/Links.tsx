/** 指标衔接: each indicator and the upper indicators suggested for it, with the score's parts; confirm or reject. */
import { Button, Space, Table, Tag } from 'antd';
import type { LinkJson } from '@gangmu/contract';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { LINK_STATUS, statusLabel, t } from '../../i18n/index.ts';
import { useLinks } from './useLinks.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export default function Links() {
  const { rows, canAct, suggest, decide } = useLinks();
  if (rows === null) return <PageSkeleton />;
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <h2 style={{ margin: 0 }}>{t('linksReview')}</h2>
        {canAct && (
          <Button type="primary" onClick={() => void suggest()}>
            {t('suggestLinks')}
          </Button>
        )}
      </Space>
      <Table<LinkJson>
        rowKey="id"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('lowerIndicator'),
            dataIndex: 'indicatorName',
            render: (v: string) => <span data-user-content>{v}</span>,
          },
          {
            title: t('upperIndicator'),
            dataIndex: 'upperIndicatorName',
            render: (v: string) => <span data-user-content>{v}</span>,
          },
          {
            title: t('score'),
            dataIndex: 'score',
            render: (v: number, l) => (
              <span
                title={t('scoreParts', {
                  name: pct(l.parts.name),
                  unit: pct(l.parts.unit),
                  attribute: pct(l.parts.attribute),
                })}
              >
                {pct(v)}
              </span>
            ),
          },
          {
            title: t('linkStatus'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={LINK_STATUS[s]?.color}>{statusLabel(LINK_STATUS, s)}</Tag>,
          },
          ...(canAct
            ? [
                {
                  title: t('actions'),
                  key: 'act',
                  render: (_: unknown, l: LinkJson) =>
                    l.status === 'suggested' && (
                      <Space>
                        <Button size="small" type="primary" onClick={() => void decide(l, 'confirmed')}>
                          {t('confirm')}
                        </Button>
                        <Button size="small" onClick={() => void decide(l, 'rejected')}>
                          {t('rejectLink')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
