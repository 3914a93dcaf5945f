/**
 * The unit workspace: a reporter's tasks and indicators with due dates and a report form (with evidence);
 * a supervisor's review queue (approve, or return with a comment).
 */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { api } from '../../shared/api.ts';
import { useSession } from '../session.ts';
import { L } from './common.tsx';

interface Task {
  id: string;
  title: string;
  deadline: string | null;
  progress: number;
  status: string;
}
interface Report {
  id: string;
  subject_type: string;
  subject_id: string;
  period: string;
  percent: number | null;
  done_text: string;
  problems: string | null;
  status: string;
  revision: number;
  version: number;
  review_comment: string | null;
}

function currentQuarter(): string {
  const d = new Date();
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

export default function WorkspacePage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [tasks, setTasks] = useState<Task[]>([]);
  const [reports, setReports] = useState<Report[]>([]);
  const [indicators, setIndicators] = useState<
    { id: string; name: string; unit: string | null; target: string | null; planTitle: string }[]
  >([]);
  const [reporting, setReporting] = useState<Task | null>(null);
  const [returning, setReturning] = useState<Report | null>(null);
  const [form] = Form.useForm();
  const isReporter = user?.role === 'reporter';
  const canReview = user?.role === 'supervisor' || user?.role === 'admin';
  const load = useCallback(async () => {
    if (user?.unitId && (isReporter || user.role === 'admin'))
      setTasks((await api<{ tasks: Task[] }>(`/api/units/${user.unitId}/tasks`)).tasks);
    if (user?.unitId && isReporter)
      setIndicators(
        (await api<{ indicators: typeof indicators }>(`/api/units/${user.unitId}/indicators`)).indicators,
      );
    setReports(
      (await api<{ reports: Report[] }>(canReview ? '/api/reports?status=submitted' : '/api/reports'))
        .reports,
    );
  }, [user, isReporter, canReview]);
  useEffect(() => {
    void load();
  }, [load]);

  async function submitReport(v: {
    period: string;
    percent: number;
    doneText: string;
    problems?: string;
    nextSteps?: string;
    evidence?: FileList;
  }) {
    try {
      const r = await api<{ id: string }>('/api/reports', {
        method: 'POST',
        body: {
          subjectType: 'task',
          subjectId: reporting!.id,
          period: v.period,
          percent: v.percent,
          doneText: v.doneText,
          problems: v.problems || null,
          nextSteps: v.nextSteps || null,
        },
      });
      const file = (document.getElementById('evidence') as HTMLInputElement | null)?.files?.[0];
      if (file)
        await api(`/api/reports/${r.id}/evidence?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          raw: await file.arrayBuffer(),
          contentType: file.type || 'application/octet-stream',
        });
      message.success(L('已报送', 'Submitted'));
      setReporting(null);
      form.resetFields();
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }
  async function review(r: Report, status: 'approved' | 'returned', comment?: string) {
    try {
      await api(`/api/reports/${r.id}/review`, {
        method: 'POST',
        ifMatch: r.version,
        body: { status, ...(comment ? { comment } : {}) },
      });
      message.success(status === 'approved' ? L('已通过', 'Approved') : L('已退回', 'Returned'));
      setReturning(null);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {(isReporter || tasks.length > 0) && (
        <Card title={L('本单位任务', "My unit's tasks")}>
          <Table
            size="small"
            rowKey="id"
            dataSource={tasks}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: L('任务', 'Task'), dataIndex: 'title' },
              {
                title: L('完成时限', 'Deadline'),
                dataIndex: 'deadline',
                render: (d: string | null) => d ?? '—',
              },
              { title: L('进度', 'Progress'), dataIndex: 'progress', render: (p: number) => `${p}%` },
              {
                title: '',
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
            columns={[
              {
                title: L('指标', 'Indicator'),
                dataIndex: 'name',
                render: (v: string, r: { id: string }) => <Link to={`/indicators/${r.id}`}>{v}</Link>,
              },
              { title: L('单位', 'Unit'), dataIndex: 'unit' },
              { title: L('目标', 'Target'), dataIndex: 'target' },
              { title: L('规划', 'Plan'), dataIndex: 'planTitle' },
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
          columns={[
            { title: L('期别', 'Period'), dataIndex: 'period' },
            {
              title: L('进度', 'Progress'),
              dataIndex: 'percent',
              render: (p: number | null) => (p === null ? '—' : `${p}%`),
            },
            { title: L('进展', 'Done'), dataIndex: 'done_text' },
            {
              title: L('状态', 'Status'),
              dataIndex: 'status',
              render: (s: string, r: Report) => (
                <Tag color={s === 'approved' ? 'green' : s === 'returned' ? 'red' : 'blue'}>
                  {s}
                  {r.revision > 1 ? ` r${r.revision}` : ''}
                </Tag>
              ),
            },
            ...(canReview
              ? [
                  {
                    title: '',
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
              : [{ title: L('审核意见', 'Comment'), dataIndex: 'review_comment' }]),
          ]}
        />
      </Card>
      <Modal
        open={!!reporting}
        title={`${L('报送进展', 'Report progress')}：${reporting?.title ?? ''}`}
        onCancel={() => setReporting(null)}
        onOk={() => form.submit()}
        okText={L('报送', 'Submit')}
        okButtonProps={{ 'data-testid': 'submit-report' } as Record<string, string>}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ period: currentQuarter(), percent: reporting?.progress ?? 0 }}
          onFinish={submitReport}
        >
          <Form.Item
            name="period"
            label={L('期别（如 2024-Q2）', 'Period (e.g. 2024-Q2)')}
            rules={[{ required: true, pattern: /^\d{4}(-(Q[1-4]|H[12]|M\d\d))?$/ }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="percent" label={L('完成百分比', '% complete')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item
            name="doneText"
            label={L('完成情况', 'What was done')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} data-testid="done-text" />
          </Form.Item>
          <Form.Item name="problems" label={L('存在问题', 'Problems')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="nextSteps" label={L('下步打算', 'Next steps')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <label htmlFor="evidence">
            {L('佐证材料（PDF、图片、Word、Excel，≤ 20 MB）', 'Evidence (PDF, image, Word, Excel, ≤ 20 MB)')}
          </label>
          <input id="evidence" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" />
        </Form>
      </Modal>
      <Modal
        open={!!returning}
        title={L('退回报告', 'Return the report')}
        onCancel={() => setReturning(null)}
        footer={null}
      >
        <Form onFinish={(v: { comment: string }) => void review(returning!, 'returned', v.comment)}>
          <Form.Item name="comment" rules={[{ required: true }]}>
            <Input.TextArea rows={3} placeholder={L('退回原因', 'Why')} />
          </Form.Item>
          <Button danger htmlType="submit">
            {L('退回', 'Return')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
