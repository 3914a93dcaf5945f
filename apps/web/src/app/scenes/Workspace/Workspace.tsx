/**
 * The unit workspace: a reporter's tasks and indicators with due dates and a report form (with evidence);
 * a supervisor's review queue (approve, or return with a comment).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { Report, Task, UnitIndicator } from '../../api-types.ts';
import { L } from '../../i18n.ts';
import { userText } from '../../user-content.tsx';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { REPORT_STATUS, statusLabel } from '../../statuses.ts';
import { ReportForm } from './ReportForm.tsx';
import { useWorkspace } from './useWorkspace.ts';

export default function Workspace() {
  const { tasks, reports, indicators, isReporter, canReview, submitReport, review } = useWorkspace();
  const [reporting, setReporting] = useState<Task | null>(null);
  const [returning, setReturning] = useState<Report | null>(null);
  if (reports === null) return <PageSkeleton />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {(isReporter || tasks.length > 0) && (
        <Card title={L('本单位任务', "My unit's tasks")}>
          <Table
            size="small"
            rowKey="id"
            dataSource={tasks}
            pagination={{ pageSize: 10 }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: L('任务', 'Task'),
                dataIndex: 'title',
                render: userText,
              },
              {
                title: L('完成时限', 'Deadline'),
                dataIndex: 'deadline',
                render: (d: string | null) => d ?? '—',
              },
              { title: L('进度', 'Progress'), dataIndex: 'progress', render: (p: number) => `${p}%` },
              {
                title: L('操作', 'Actions'),
                key: 'act',
                render: (_: unknown, t: Task) => (
                  <Button size="small" onClick={() => setReporting(t)} data-testid={`report-${t.id}`}>
                    {L('报送进展', 'Report')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      {indicators.length > 0 && (
        <Card title={L('本单位指标', "My unit's indicators")}>
          <Table
            size="small"
            rowKey="id"
            dataSource={indicators}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: L('指标', 'Indicator'),
                dataIndex: 'name',
                render: (v: string, r: UnitIndicator) => (
                  <Link to={`/indicators/${r.id}`} data-user-content>
                    {v}
                  </Link>
                ),
              },
              {
                title: L('计量单位', 'Unit'),
                dataIndex: 'unit',
                render: userText,
              },
              {
                title: L('目标', 'Target'),
                dataIndex: 'target',
                render: userText,
              },
              {
                title: L('规划', 'Plan'),
                dataIndex: 'planTitle',
                render: userText,
              },
            ]}
          />
        </Card>
      )}
      <Card title={canReview ? L('待审核报告', 'Review queue') : L('我的报告', 'My reports')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={reports}
          pagination={{ pageSize: 10 }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: L('期别', 'Period'), dataIndex: 'period' },
            {
              title: L('进度', 'Progress'),
              dataIndex: 'percent',
              render: (p: number | null) => (p === null ? '—' : `${p}%`),
            },
            {
              title: L('进展', 'Done'),
              dataIndex: 'done_text',
              render: userText,
            },
            {
              title: L('状态', 'Status'),
              dataIndex: 'status',
              render: (s: string, r: Report) => (
                <Tag color={REPORT_STATUS[s]?.color}>
                  {statusLabel(REPORT_STATUS, s)}
                  {r.revision > 1 ? L(`（第 ${r.revision} 次报送）`, ` (submission ${r.revision})`) : ''}
                </Tag>
              ),
            },
            ...(canReview
              ? [
                  {
                    title: L('操作', 'Actions'),
                    key: 'act',
                    render: (_: unknown, r: Report) => (
                      <Space>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => void review(r, 'approved')}
                          data-testid={`approve-${r.id}`}
                        >
                          {L('通过', 'Approve')}
                        </Button>
                        <Button size="small" danger onClick={() => setReturning(r)}>
                          {L('退回', 'Return')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : [
                  {
                    title: L('审核意见', 'Comment'),
                    dataIndex: 'review_comment',
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
        title={L('退回报告', 'Return the report')}
        onCancel={() => setReturning(null)}
        footer={null}
      >
        <Form
          onFinish={async (v: { comment: string }) => {
            await review(returning!, 'returned', v.comment);
            setReturning(null);
          }}
        >
          <Form.Item name="comment" rules={[{ required: true }]} label={L('退回原因', 'Why')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button danger htmlType="submit">
            {L('退回', 'Return')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
