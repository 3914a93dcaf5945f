/**
 * The leader's dashboard: green/yellow/red/grey counts of the main indicators and of tasks, the mid-term
 * sentence, a category × status grid, the unit league table and the top warnings. Every number links down.
 */
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic } from 'antd';
import { isEnglish, STATUS_TEXT, statusText } from '../../../shared/i18n.ts';
import { t } from '../../i18n/index.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { useDashboard } from './useDashboard.ts';
import { CategoryGrid, ChapterHeat, League, TopWarnings } from './DashboardTables.tsx';
import { PlanChooser } from './PlanChooser.tsx';

const StatusChart = lazy(() => import('../../../shared/StatusChart.tsx'));

/** The years of a plan's period (2021–2025 when the plan does not say). */
const yearsOf = (period?: { start: number | null; end: number | null }) => {
  const start = period?.start ?? 2021;
  const end = period?.end ?? start + 4;
  return Array.from({ length: Math.max(1, end - start + 1) }, (_, i) => start + i);
};

const LIGHT_COLOR = { green: '#1a7f37', yellow: '#9a6700', red: '#cf222e', grey: '#57606a' };

export default function Dashboard() {
  const {
    plan,
    evaluation,
    warnings,
    setYear,
    choices,
    choosePlan,
    lights,
    taskLights,
    chapterRows,
    league,
  } = useDashboard();
  if (plan === undefined) return <PageSkeleton />;
  if (plan === null) return <Empty description={t('noPlanYet')} />;
  const lightName = {
    green: t('green'),
    yellow: t('yellow'),
    red: t('red'),
    grey: t('grey'),
  };
  return (
    <>
      <PlanChooser plan={plan} choices={choices} onChoose={choosePlan} />
      <Space style={{ marginBottom: 8 }} wrap>
        <h2 data-testid="dashboard-title" style={{ margin: 0 }} data-user-content>
          {plan.title}
        </h2>
        <Select
          aria-label={t('evaluatedAsOf')}
          value={evaluation?.asOfYear}
          onChange={setYear}
          options={yearsOf(plan.period).map((y) => ({ value: y, label: `${t('asOf')} ${y}` }))}
          style={{ width: 120 }}
        />
      </Space>
      {evaluation && (
        <Alert
          type="info"
          title={isEnglish() ? evaluation.summary.sentenceEn : evaluation.summary.sentence}
          data-testid="summary"
          data-user-content
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        {(['green', 'yellow', 'red', 'grey'] as const).map((k) => (
          <Col xs={12} md={6} key={k}>
            {/* A link, so the card is reached and opened by keyboard too. */}
            <Link to={`/plans/${plan.id}?light=${k}`} data-testid={`light-${k}`} className="card-link">
              <Card hoverable>
                <Statistic
                  title={`${t('indicators')} · ${lightName[k]}`}
                  value={lights[k]}
                  valueStyle={{ color: LIGHT_COLOR[k] }}
                />
              </Card>
            </Link>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('tasksDone')} value={taskLights.done} data-testid="tasks-done" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('tasksOnTime')} value={taskLights.onTime} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('tasksOverdue')}
              value={taskLights.overdue}
              valueStyle={{ color: '#cf222e' }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('tasksUnassigned')} value={taskLights.unassigned} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('indicatorsByStatus')}>
            <Suspense fallback={<div style={{ height: 220 }} />}>
              <StatusChart
                label={t('indicatorsByStatus')}
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
          <Card title={t('indicatorsByCategory')}>
            <CategoryGrid planId={plan.id} indicators={evaluation?.indicators ?? []} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('unitLeague')}>
            <League rows={league} />
          </Card>
        </Col>
      </Row>
      <Card title={t('chaptersByTaskState')} style={{ marginTop: 16 }}>
        <ChapterHeat planId={plan.id} rows={chapterRows} />
      </Card>
      <Card title={t('topWarnings')} style={{ marginTop: 16 }}>
        <TopWarnings warnings={warnings} />
      </Card>
    </>
  );
}
