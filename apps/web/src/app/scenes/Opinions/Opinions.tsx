/**
 * 意见办理: the plan office's queue of public opinions (screen, assign, review, publish, 纳入规划实施) and, for a
 * unit's reporter, the opinions assigned to the unit with the answer form. One row opens the opinion's panel.
 */
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../../shared/time.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { OPINION_STATE, OPINION_TARGET, options, statusLabel, t, TAG } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { OpinionPanel } from './OpinionPanel.tsx';
import { targetName, useOpinions, type Opinion } from './useOpinions.ts';

export default function Opinions() {
  const o = useOpinions();
  const { rows, plans, planViews, units } = o;
  if (rows === null) return <PageSkeleton />;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {o.office ? t('opinionQueue') : t('unitOpinions')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 220, maxWidth: '100%' }}
          value={o.planId ?? ''}
          onChange={(v: string) => o.setPlanId(v || undefined)}
          aria-label={t('plan')}
          options={[
            { value: '', label: t('allPlans') },
            ...plans.map((p) => ({ value: p.id, label: userText(p.title) })),
          ]}
        />
        <Select
          style={{ minWidth: 140 }}
          value={o.state ?? ''}
          onChange={(v: string) => o.setState(v || undefined)}
          aria-label={t('stateFilter')}
          options={[{ value: '', label: t('allStates') }, ...options(OPINION_STATE)]}
          data-testid="state-filter"
        />
        <Button onClick={() => void o.reload()}>{t('refresh')}</Button>
      </Space>
      <Table
        rowKey="id"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noOpinions') }}
        columns={[
          {
            title: t('trackingCode'),
            dataIndex: 'trackingCode',
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}</span>,
          },
          {
            title: t('opinionContent'),
            dataIndex: 'content',
            render: (v: string) => (
              <span data-user-content style={{ display: 'inline-block', maxWidth: 280 }}>
                {v.length > 60 ? `${v.slice(0, 60)}…` : v}
              </span>
            ),
          },
          {
            title: t('opinionTarget'),
            key: 'target',
            render: (_: unknown, r: Opinion) => (
              <>
                {statusLabel(OPINION_TARGET, r.targetType)}
                {r.targetType !== 'plan' && <>：{userText(targetName(planViews[r.planId], r))}</>}
              </>
            ),
          },
          { title: t('postedOn'), dataIndex: 'postedOn', render: (v: string | null) => formatDate(v) },
          {
            title: t('handlingState'),
            dataIndex: 'state',
            render: (s: string, r: Opinion) => (
              <Space size={4} wrap>
                <Tag color={OPINION_STATE[s]?.color}>{statusLabel(OPINION_STATE, s)}</Tag>
                {r.overdue && <Tag color={TAG.red}>{t('overdueTag')}</Tag>}
                {r.held && <Tag color={TAG.gold}>{t('heldTag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('answeringUnit'),
            dataIndex: 'unitId',
            render: (v: string | null) => userText(units.find((u) => u.id === v)?.name ?? '—'),
          },
          { title: t('answerDeadline'), dataIndex: 'deadline', render: (v: string | null) => v ?? '—' },
          {
            title: t('actions'),
            key: 'act',
            render: (_: unknown, r: Opinion) => (
              <Button
                size="small"
                type={r.actions.length ? 'primary' : 'default'}
                onClick={() => o.open(r.id)}
                data-testid={`open-opinion-${r.trackingCode ?? r.id}`}
              >
                {r.actions.length ? t('handle') : t('viewOpinion')}
              </Button>
            ),
          },
        ]}
      />
      <OpinionPanel {...o} />
    </>
  );
}
