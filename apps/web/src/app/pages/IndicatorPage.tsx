/** An indicator for staff: values against the target path, status and reason, the history of values with who entered them, and a value form. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, Form, InputNumber, Space, Table } from 'antd';
import { api, type IndicatorEvaluation } from '../../shared/api.ts';
import { isEnglish } from '../../shared/i18n.ts';
import { useSession } from '../session.ts';
import { L, StatusTag } from './common.tsx';

const TrendChart = lazy(() => import('../../shared/TrendChart.tsx'));

interface Obs {
  id: string;
  year: number;
  period: string;
  value: number | null;
  pct: number | null;
  entered_by_name: string | null;
  entered_at: string;
}

export default function IndicatorPage() {
  const { indicatorId } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const [ind, setInd] = useState<{
    name: string;
    unit: string | null;
    target: string | null;
    kind: string;
    definition: { target?: { lo?: number; hi?: number; value?: number }; targetYear?: number };
  } | null>(null);
  const [evaluation, setEvaluation] = useState<IndicatorEvaluation | null>(null);
  const [obs, setObs] = useState<Obs[]>([]);
  const load = useCallback(async () => {
    setInd(await api(`/api/indicators/${indicatorId}`));
    setEvaluation(await api(`/api/indicators/${indicatorId}/evaluation`));
    setObs(
      (
        await api<{ observations: Obs[] }>(`/api/indicators/${indicatorId}/observations`).catch(() => ({
          observations: [],
        }))
      ).observations,
    );
  }, [indicatorId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!ind) return null;
  const yearly = obs
    .filter((o) => o.period === 'Y')
    .map((o) => ({ year: o.year, value: (o.pct ?? o.value)! }));
  const isRate = ind.kind === 'growth_rate' || ind.kind === 'cumulative_change';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={`${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`}>
        <p>
          {L('目标', 'Target')}：{ind.target ?? '—'} {evaluation && <StatusTag status={evaluation.status} />}
        </p>
        {evaluation && <p>{isEnglish() ? evaluation.reasonEn : evaluation.reason}</p>}
        {yearly.length > 0 && (
          <Suspense fallback={null}>
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
          <Form
            layout="inline"
            onFinish={async (v: { year: number; number: number }) => {
              try {
                await api(`/api/indicators/${indicatorId}/observations`, {
                  method: 'POST',
                  body: isRate ? { year: v.year, pct: v.number } : { year: v.year, value: v.number },
                });
                message.success(L('已保存', 'Saved'));
                await load();
              } catch (e) {
                message.error((e as Error).message);
              }
            }}
          >
            <Form.Item name="year" label={L('年份', 'Year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="number"
              label={isRate ? L('比上年增长/下降 %', 'Yearly rate %') : L('数值', 'Value')}
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
          dataSource={obs}
          pagination={false}
          columns={[
            { title: L('年份', 'Year'), dataIndex: 'year' },
            { title: L('期', 'Period'), dataIndex: 'period' },
            { title: L('数值', 'Value'), key: 'v', render: (_: unknown, o: Obs) => o.pct ?? o.value },
            { title: L('填报人', 'Entered by'), dataIndex: 'entered_by_name' },
            { title: L('时间', 'When'), dataIndex: 'entered_at' },
          ]}
        />
      </Card>
    </Space>
  );
}
