/**
 * The unit workspace: a reporter's tasks and indicators with due dates and a report form (with evidence), and
 * the public opinions assigned to the unit (stage, deadline, a link to the opinion's panel on 意见); a supervisor's review queue (approve, or return with a comment).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { Report, Task, UnitIndicator } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { OPINION_STATE, REPORT_STATUS, statusLabel, TAG } from '../../i18n/index.ts';
import { ReportForm } from './ReportForm.tsx';
import { useWorkspace } from './useWorkspace.ts';

export default function Workspace() {
  const { tasks, reports, indicators, opinions, isReporter, canReview, submitReport, review } =
    useWorkspace();
  const [reporting, setReporting] = useState<Task | null>(null);
  const [returning, setReturning] = useState<Report | null>(null);
  if (reports === null) return <PageSkeleton />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {(isReporter || tasks.length > 0) && (
        <Card title={t('myUnitsTasks')}>
          <Table
            size="small"
            rowKey="id"
            dataSource={tasks}
            pagination={{ pageSize: 10 }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('task'),
                dataIndex: 'title',
                render: userText,
              },
              {
                title: t('deadline'),
                dataIndex: 'deadline',
                render: (d: string | null) => d ?? '—',
              },
              { title: t('progress'), dataIndex: 'progress', render: (p: number) => `${p}%` },
              {
                title: t('actions'),
                key: 'act',
                render: (_: unknown, task: Task) => (
                  <Button size="small" onClick={() => setReporting(task)} data-testid={`report-${task.id}`}>
                    {t('reportButton')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      {indicators.length > 0 && (
        <Card title={t('myUnitsIndicators')}>
          <Table
            size="small"
            rowKey="id"
            dataSource={indicators}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('indicator'),
                dataIndex: 'name',
                render: (v: string, r: UnitIndicator) => (
                  <Link to={`/indicators/${r.id}`} data-user-content>
                    {v}
                  </Link>
                ),
              },
              {
                title: t('measureUnit'),
                dataIndex: 'unit',
                render: userText,
              },
              {
                title: t('target'),
                dataIndex: 'target',
                render: userText,
              },
              {
                title: t('plan'),
                dataIndex: 'planTitle',
                render: userText,
              },
            ]}
          />
        </Card>
      )}
      {isReporter && (
        <Card title={t('unitOpinions')} data-testid="unit-opinions">
          <Table
            size="small"
            rowKey="id"
            dataSource={opinions}
            pagination={{ pageSize: 10 }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('noUnitOpinions') }}
            columns={[
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
                title: t('handlingState'),
                dataIndex: 'state',
                render: (s: string, r: (typeof opinions)[number]) => (
                  <Space size={4} wrap>
                    <Tag color={OPINION_STATE[s]?.color}>{statusLabel(OPINION_STATE, s)}</Tag>
                    {r.overdue && <Tag color={TAG.red}>{t('overdueTag')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('answerDeadline'),
                dataIndex: 'deadline',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('actions'),
                key: 'act',
                render: (_: unknown, r: (typeof opinions)[number]) => (
                  <Link to={`/opinions?opinion=${r.id}`} data-testid={`work-opinion-${r.id}`}>
                    {r.actions.length ? t('handle') : t('viewOpinion')}
                  </Link>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card title={canReview ? t('reviewQueue') : t('myReports')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={reports}
          pagination={{ pageSize: 10 }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('reportPeriod'), dataIndex: 'period' },
            {
              title: t('progress'),
              dataIndex: 'percent',
              render: (p: number | null) => (p === null ? '—' : `${p}%`),
            },
            {
              title: t('progressText'),
              dataIndex: 'doneText',
              render: userText,
            },
            {
              title: t('status'),
              dataIndex: 'status',
              render: (s: string, r: Report) => (
                <Tag color={REPORT_STATUS[s]?.color}>
                  {statusLabel(REPORT_STATUS, s)}
                  {r.revision > 1 ? t('revisionNote', { n: r.revision }) : ''}
                </Tag>
              ),
            },
            ...(canReview
              ? [
                  {
                    title: t('actions'),
                    key: 'act',
                    render: (_: unknown, r: Report) => (
                      <Space>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => void review(r, 'approved')}
                          data-testid={`approve-${r.id}`}
                        >
                          {t('approve')}
                        </Button>
                        <Button size="small" danger onClick={() => setReturning(r)}>
                          {t('return')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : [
                  {
                    title: t('comment'),
                    dataIndex: 'reviewComment',
                    render: userText,
                  },
                ]),
          ]}
        />
      </Card>
      <ReportForm
        task={reporting}
        onCancel={() => setReporting(null)}
        onSubmit={async (task, v, file) => {
          const ok = await submitReport(task, v, file);
          if (ok) setReporting(null);
          return ok;
        }}
      />
      <Modal
        open={!!returning}
        title={t('returnTheReport')}
        onCancel={() => setReturning(null)}
        footer={null}
      >
        <Form
          onFinish={async (v: { comment: string }) => {
            await review(returning!, 'returned', v.comment);
            setReturning(null);
          }}
        >
          <Form.Item name="comment" rules={[{ required: true }]} label={t('returnReason')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button danger htmlType="submit">
            {t('return')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
