/**
 * The leader's dashboard: green/yellow/red/grey counts of the main indicators and of tasks, the mid-term
 * sentence, a category × status grid, the unit league table and the top warnings. Every number links down.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { api, type OutlineNode, type PlanEvaluation, type PlanView } from '../../shared/api.ts';
import { isEnglish } from '../../shared/i18n.ts';
import { L, LIGHT, StatusTag } from './common.tsx';
import { STATUS_TEXT, statusText } from '../../shared/i18n.ts';

const StatusChart = lazy(() => import('../../shared/StatusChart.tsx'));

interface Task {
  id: string;
  nodeId: string | null;
  title: string;
  leadUnitId: string | null;
  deadline: string | null;
  status: string;
  progress: number;
}
interface ChapterRow {
  chapter: string;
  done: number;
  onTime: number;
  overdue: number;
  unassigned: number;
}
interface Warning {
  id: string;
  level: string;
  reason: string;
  reason_en: string;
  unit_id: string | null;
  status: string;
}
interface Unit {
  id: string;
  name: string;
}

/** The years of a plan's period (2021–2025 when the plan does not say). */
const yearsOf = (period?: { start: number | null; end: number | null }) => {
  const start = period?.start ?? 2021;
  const end = period?.end ?? start + 4;
  return Array.from({ length: Math.max(1, end - start + 1) }, (_, i) => start + i);
};

export default function DashboardPage() {
  const navigate = useNavigate();
  const [plan, setPlan] = useState<
    { id: string; title: string; period?: { start: number | null; end: number | null } } | null | undefined
  >(undefined);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    void (async () => {
      const { plans } = await api<{
        plans: {
          id: string;
          title: string;
          publishedVersion: number;
          period: { start: number | null; end: number | null };
        }[];
      }>('/api/plans');
      const p = plans.find((x) => x.publishedVersion > 0) ?? plans[0] ?? null;
      setPlan(p);
      // One round trip after the plan list: the rest is fetched in parallel.
      const [u, w, e, t, full] = await Promise.all([
        api<{ units: Unit[] }>('/api/units'),
        api<{ warnings: Warning[] }>('/api/warnings?status=open'),
        p ? api<PlanEvaluation>(`/api/plans/${p.id}/evaluation`) : Promise.resolve(null),
        p
          ? api<{ tasks: Task[] }>(`/api/plans/${p.id}/tasks`).catch(() => ({ tasks: [] as Task[] }))
          : Promise.resolve({ tasks: [] as Task[] }),
        p ? api<PlanView>(`/api/plans/${p.id}`) : Promise.resolve(null),
      ]);
      setOutline(full?.outline ?? []);
      setUnits(u.units);
      setWarnings(w.warnings);
      setEvaluation(e);
      setTasks(t.tasks);
    })();
  }, []);
  // "As of any year": the evaluation is fetched again for the year a leader picks.
  useEffect(() => {
    if (plan && year !== null)
      void api<PlanEvaluation>(`/api/plans/${plan.id}/evaluation?year=${year}`).then(setEvaluation);
  }, [plan, year]);
  if (plan === undefined) return null;
  if (plan === null) return <Empty description={L('尚无规划，请先导入', 'No plan yet: import one')} />;
  const lights = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const i of evaluation?.indicators ?? []) lights[LIGHT[i.status] ?? 'grey']++;
  const today = new Date().toISOString().slice(0, 10);
  const taskLights = {
    done: tasks.filter((t) => t.status === 'done' || t.progress >= 100).length,
    onTime: tasks.filter(
      (t) => t.status === 'open' && t.progress < 100 && (!t.deadline || t.deadline >= today),
    ).length,
    overdue: tasks.filter((t) => t.status === 'open' && t.progress < 100 && t.deadline && t.deadline < today)
      .length,
    unassigned: tasks.filter((t) => !t.leadUnitId).length,
  };
  // Chapter × task state: where in the plan the work is done, on time, late or not yet assigned.
  const chapterOf = new Map<string, string>();
  for (const c of outline.flatMap((n) => (n.kind === 'part' ? n.children : [n]))) {
    for (const sec of c.children) for (const it of sec.children) chapterOf.set(it.id, `${c.no} ${c.title}`);
  }
  const taskState = (t: Task) =>
    t.status === 'done' || t.progress >= 100
      ? 'done'
      : !t.leadUnitId
        ? 'unassigned'
        : t.deadline && t.deadline < today
          ? 'overdue'
          : 'onTime';
  const chapterRows = [...new Set([...chapterOf.values()])].map((chapter) => {
    const mine = tasks.filter((t) => t.nodeId && chapterOf.get(t.nodeId) === chapter);
    return {
      chapter,
      done: mine.filter((t) => taskState(t) === 'done').length,
      onTime: mine.filter((t) => taskState(t) === 'onTime').length,
      overdue: mine.filter((t) => taskState(t) === 'overdue').length,
      unassigned: mine.filter((t) => taskState(t) === 'unassigned').length,
    };
  });
  const heat = (n: number, color: string) => ({
    style: { background: n ? color : undefined, color: n ? '#fff' : '#bbb', textAlign: 'center' as const },
  });
  const categories = [...new Set((evaluation?.indicators ?? []).map((i) => i.category ?? '—'))];
  const statuses = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSABLE'];
  const league = units
    .map((u) => {
      const mine = tasks.filter((t) => t.leadUnitId === u.id);
      const overdue = mine.filter((t) => t.status === 'open' && t.deadline && t.deadline < today).length;
      return {
        unit: u.name,
        id: u.id,
        tasks: mine.length,
        onTimeRate: mine.length ? Math.round(((mine.length - overdue) / mine.length) * 100) : null,
        completion: mine.length ? Math.round(mine.reduce((a, t) => a + t.progress, 0) / mine.length) : null,
      };
    })
    .filter((r) => r.tasks > 0)
    .sort((a, b) => (b.completion ?? 0) - (a.completion ?? 0));
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <h2 data-testid="dashboard-title" style={{ margin: 0 }}>
          {plan.title}
        </h2>
        <Select
          aria-label={L('评估年度', 'Evaluated as of')}
          value={evaluation?.asOfYear}
          onChange={setYear}
          options={yearsOf(plan.period).map((y) => ({ value: y, label: `${L('截至', 'as of')} ${y}` }))}
          style={{ width: 120 }}
        />
      </Space>
      {evaluation && (
        <Alert
          type="info"
          title={isEnglish() ? evaluation.summary.sentenceEn : evaluation.summary.sentence}
          data-testid="summary"
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        {(['green', 'yellow', 'red', 'grey'] as const).map((k) => (
          <Col xs={12} md={6} key={k}>
            <Card
              hoverable
              onClick={() => navigate(`/plans/${plan.id}?light=${k}`)}
              data-testid={`light-${k}`}
            >
              <Statistic
                title={`${L('指标', 'Indicators')} · ${{ green: L('绿', 'green'), yellow: L('黄', 'yellow'), red: L('红', 'red'), grey: L('灰', 'grey') }[k]}`}
                value={lights[k]}
                valueStyle={{
                  color: { green: '#1a7f37', yellow: '#9a6700', red: '#cf222e', grey: '#57606a' }[k],
                }}
              />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={L('任务 · 已完成', 'Tasks · done')}
              value={taskLights.done}
              data-testid="tasks-done"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={L('任务 · 按期推进', 'Tasks · on time')} value={taskLights.onTime} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={L('任务 · 逾期', 'Tasks · overdue')}
              value={taskLights.overdue}
              valueStyle={{ color: '#cf222e' }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={L('任务 · 未分解', 'Tasks · unassigned')} value={taskLights.unassigned} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={L('指标状态分布', 'Indicators by status')}>
            <Suspense fallback={<div style={{ height: 220 }} />}>
              <StatusChart
                data={['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSABLE'].map((st) => ({
                  label: statusText(st),
                  value: (evaluation?.indicators ?? []).filter((i) => i.status === st).length,
                  color: STATUS_TEXT[st]!.color,
                }))}
              />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={L('指标：类别 × 状态', 'Indicators: category × status')}>
            <Table
              size="small"
              pagination={false}
              rowKey="category"
              dataSource={categories.map((c) => ({ category: c }))}
              columns={[
                { title: L('类别', 'Category'), dataIndex: 'category' },
                ...statuses.map((s) => ({
                  title: <StatusTag status={s} />,
                  key: s,
                  render: (_: unknown, r: { category: string }) => {
                    const n = (evaluation?.indicators ?? []).filter(
                      (i) =>
                        (i.category ?? '—') === r.category &&
                        (s === 'ON_TRACK'
                          ? i.status === 'ON_TRACK'
                          : s === 'NOT_ASSESSABLE'
                            ? ['NOT_ASSESSABLE', 'INVALID'].includes(i.status)
                            : i.status === s),
                    ).length;
                    return n ? (
                      <Link to={`/plans/${plan.id}?category=${encodeURIComponent(r.category)}`}>{n}</Link>
                    ) : (
                      <span style={{ color: '#bbb' }}>0</span>
                    );
                  },
                })),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={L('单位排名', 'Units')}>
            <Table
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={league}
              data-testid="league"
              columns={[
                { title: L('单位', 'Unit'), dataIndex: 'unit' },
                { title: L('任务', 'Tasks'), dataIndex: 'tasks' },
                {
                  title: L('按期率', 'On time'),
                  dataIndex: 'onTimeRate',
                  render: (v: number | null) => (v === null ? '—' : `${v}%`),
                },
                {
                  title: L('完成度', 'Completion'),
                  dataIndex: 'completion',
                  render: (v: number | null) => (v === null ? '—' : `${v}%`),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={L('章节 × 任务状态', 'Chapters × task state')} style={{ marginTop: 16 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="chapter"
          dataSource={chapterRows}
          data-testid="chapter-heat"
          columns={[
            {
              title: L('章', 'Chapter'),
              dataIndex: 'chapter',
              render: (v: string) => <Link to={`/plans/${plan.id}`}>{v}</Link>,
            },
            {
              title: L('已完成', 'Done'),
              dataIndex: 'done',
              onCell: (r: ChapterRow) => heat(r.done, '#1a7f37'),
            },
            {
              title: L('按期推进', 'On time'),
              dataIndex: 'onTime',
              onCell: (r: ChapterRow) => heat(r.onTime, '#2f6f4f'),
            },
            {
              title: L('逾期', 'Overdue'),
              dataIndex: 'overdue',
              onCell: (r: ChapterRow) => heat(r.overdue, '#cf222e'),
            },
            {
              title: L('未分解', 'Unassigned'),
              dataIndex: 'unassigned',
              onCell: (r: ChapterRow) => heat(r.unassigned, '#57606a'),
            },
          ]}
        />
      </Card>
      <Card title={L('重点预警', 'Top warnings')} style={{ marginTop: 16 }}>
        <Table
          size="small"
          pagination={{ pageSize: 5 }}
          rowKey="id"
          dataSource={warnings.slice(0, 20)}
          columns={[
            {
              title: L('级别', 'Level'),
              dataIndex: 'level',
              render: (v: string) => (
                <Tag color={v === 'red' ? 'red' : 'gold'}>
                  {v === 'red' ? L('红', 'red') : L('黄', 'yellow')}
                </Tag>
              ),
            },
            {
              title: L('原因', 'Reason'),
              dataIndex: 'reason',
              render: (_: string, w: Warning) => (isEnglish() ? w.reason_en : w.reason),
            },
          ]}
        />
      </Card>
    </>
  );
}
