/** An indicator for staff: values against the target path, status and reason, the history of values with who entered them, and a value form. */
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Button, Card, Form, InputNumber, Space, Table } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { userText } from '../../user-content.tsx';
import { formatDateTime } from '../../../shared/time.ts';
import type { Observation } from '../../api-types.ts';
import { L } from '../../i18n.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { useSession } from '../../session.ts';
import { StatusTag } from '../../StatusTag.tsx';
import { useIndicator } from './useIndicator.ts';

const TrendChart = lazy(() => import('../../../shared/TrendChart.tsx'));

const PERIOD: Record<string, [string, string]> = { Y: ['全年', 'Year'] };

export default function Indicator() {
  const { indicatorId } = useParams();
  const { user } = useSession();
  const { indicator: ind, evaluation, observations, isRate, record } = useIndicator(indicatorId);
  if (!ind) return <PageSkeleton />;
  const yearly = observations
    .filter((o) => o.period === 'Y')
    .map((o) => ({ year: o.year, value: (o.pct ?? o.value)! }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={<span data-user-content>{`${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`}</span>}>
        <p>
          {L('目标', 'Target')}：<span data-user-content>{ind.target ?? '—'}</span>{' '}
          {evaluation && <StatusTag status={evaluation.status} label={evaluation} />}
        </p>
        {evaluation && <p data-user-content>{isEnglish() ? evaluation.reasonEn : evaluation.reason}</p>}
        {yearly.length > 0 && (
          <Suspense fallback={<div style={{ height: 260 }} />}>
            <TrendChart
              values={yearly}
              targetYear={ind.definition.targetYear ?? 2025}
              {...(ind.definition.target ? { target: ind.definition.target } : {})}
              projected={evaluation?.projectedValue ?? null}
              labels={{
                values: L('数值', 'Values'),
                projection: L('预计', 'Projection'),
                target: L('目标', 'Target'),
              }}
            />
          </Suspense>
        )}
      </Card>
      {(user?.role === 'admin' || user?.role === 'reporter') && (
        <Card title={L('填报数值', 'Record a value')}>
          <Form layout="inline" onFinish={record}>
            <Form.Item name="year" label={L('年份', 'Year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="number"
              label={isRate ? L('比上年增长/下降（%）', 'Yearly rate (%)') : L('数值', 'Value')}
              rules={[{ required: true }]}
            >
              <InputNumber />
            </Form.Item>
            <Button htmlType="submit" type="primary">
              {L('保存', 'Save')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={L('填报记录', 'History')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={observations}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: L('年份', 'Year'), dataIndex: 'year' },
            {
              title: L('期', 'Period'),
              dataIndex: 'period',
              render: (p: string) => (PERIOD[p] ? L(...PERIOD[p]) : p),
            },
            { title: L('数值', 'Value'), key: 'v', render: (_: unknown, o: Observation) => o.pct ?? o.value },
            {
              title: L('填报人', 'Entered by'),
              dataIndex: 'entered_by_name',
              render: userText,
            },
            { title: L('时间', 'When'), dataIndex: 'entered_at', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
    </Space>
  );
}
