/** An indicator for staff: values against the target path, status and reason, the history of values with who entered them, and a value form. */
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Button, Card, Form, InputNumber, Space, Table } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { userText } from '../../user-content.tsx';
import { formatDateTime } from '../../../shared/time.ts';
import type { Observation } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { useSession } from '../../session.ts';
import { StatusTag } from '../../StatusTag.tsx';
import { useIndicator } from './useIndicator.ts';

const TrendChart = lazy(() => import('../../../shared/TrendChart.tsx'));

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
          {t('target')}：<span data-user-content>{ind.target ?? '—'}</span>{' '}
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
                values: t('values'),
                projection: t('projection'),
                target: t('target'),
              }}
            />
          </Suspense>
        )}
      </Card>
      {(user?.role === 'admin' || user?.role === 'reporter') && (
        <Card title={t('recordAValue')}>
          <Form layout="inline" onFinish={record}>
            <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="number"
              label={isRate ? t('yearlyRate') : t('value')}
              rules={[{ required: true }]}
            >
              <InputNumber controls={false} />
            </Form.Item>
            <Button htmlType="submit" type="primary">
              {t('save')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={t('history')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={observations}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('year'), dataIndex: 'year' },
            {
              title: t('observationPeriod'),
              dataIndex: 'period',
              render: (p: string) => (p === 'Y' ? t('periodYear') : p),
            },
            { title: t('value'), key: 'v', render: (_: unknown, o: Observation) => o.pct ?? o.value },
            {
              title: t('enteredBy'),
              dataIndex: 'enteredByName',
              render: userText,
            },
            { title: t('when'), dataIndex: 'enteredAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
    </Space>
  );
}
