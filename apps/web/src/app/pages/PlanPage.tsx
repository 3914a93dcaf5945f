/**
 * A plan for staff: the outline tree (篇/章/节/items) with full-text search (Chinese substrings), each node with
 * its text and, for items, its task (assign a lead unit and a deadline); rename a node; publish the plan.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tabs,
  Tree,
} from 'antd';
import { api, type OutlineNode, type PlanEvaluation, type PlanView } from '../../shared/api.ts';
import { useSession } from '../session.ts';
import { L, LIGHT, StatusTag } from './common.tsx';
import { ProjectsTable, type Project } from './ProjectsTable.tsx';

interface Task {
  id: string;
  nodeId: string | null;
  title: string;
  leadUnitId: string | null;
  deadline: string | null;
  progress: number;
  version: number;
}
interface Unit {
  id: string;
  name: string;
}

const label = (n: OutlineNode) =>
  n.kind === 'part'
    ? `第${n.no}篇 ${n.title}`
    : n.kind === 'chapter'
      ? `第${n.no}章 ${n.title}`
      : n.kind === 'section'
        ? `第${n.no}节 ${n.title}`
        : `${n.no}. ${n.title}`;

export default function PlanPage() {
  const { planId } = useParams();
  // Drill-down from the dashboard: ?light=green|yellow|red|grey or ?category=… keep only those indicators.
  const [search] = useSearchParams();
  const light = search.get('light');
  const category = search.get('category');
  const navigate = useNavigate();
  const { user } = useSession();
  const { message } = App.useApp();
  const [plans, setPlans] = useState<
    { id: string; title: string; status: string; publishedVersion: number }[]
  >([]);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [evaluation, setEvaluation] = useState<PlanEvaluation | null>(null);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [units, setUnits] = useState<Unit[]>([]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (!planId) return;
    setPlan(await api<PlanView>(`/api/plans/${planId}`));
    setEvaluation(await api<PlanEvaluation>(`/api/plans/${planId}/evaluation`));
    setTasks((await api<{ tasks: Task[] }>(`/api/plans/${planId}/tasks`)).tasks);
  }, [planId]);
  useEffect(() => {
    void api<{ plans: typeof plans }>('/api/plans').then((r) => {
      setPlans(r.plans);
      if (!planId && r.plans[0]) navigate(`/plans/${r.plans[0].id}`, { replace: true });
    });
    void api<{ units: Unit[] }>('/api/units').then((r) => setUnits(r.units));
  }, [planId, navigate]);
  useEffect(() => {
    void load();
  }, [load]);
  const nodes = useMemo(() => {
    const all = new Map<string, OutlineNode>();
    const walk = (n: OutlineNode) => {
      all.set(n.id, n);
      n.children.forEach(walk);
    };
    plan?.outline.forEach(walk);
    return all;
  }, [plan]);
  const treeData = useMemo(() => {
    const q = query.trim();
    const matches = (n: OutlineNode): boolean =>
      !q || n.title.includes(q) || n.body.includes(q) || n.children.some(matches);
    interface TreeItem {
      key: string;
      title: string;
      children: TreeItem[];
    }
    const build = (list: OutlineNode[]): TreeItem[] =>
      list.filter(matches).map((n) => ({ key: n.id, title: label(n), children: build(n.children) }));
    return build(plan?.outline ?? []);
  }, [plan, query]);
  if (!planId) return plans.length ? null : <Empty />;
  if (!plan) return null;
  const node = selected ? nodes.get(selected) : undefined;
  const task = node ? tasks.find((t) => t.nodeId === node.id) : undefined;
  const isAdmin = user?.role === 'admin';
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 320 }}
          value={planId}
          onChange={(id) => navigate(`/plans/${id}`)}
          options={plans.map((p) => ({ value: p.id, label: p.title }))}
        />
        <Tag color={plan.status === 'published' ? 'green' : 'orange'}>
          {plan.status === 'published'
            ? `${L('已发布', 'published')} v${plan.publishedVersion}`
            : L('草稿', 'draft')}
        </Tag>
        {isAdmin && (
          <Button
            type="primary"
            data-testid="publish"
            onClick={async () => {
              try {
                await api(`/api/plans/${plan.id}/publish`, { method: 'POST', ifMatch: plan.version });
                message.success(L('已发布', 'Published'));
                await load();
              } catch (e) {
                message.error((e as Error).message);
              }
            }}
          >
            {L('发布', 'Publish')}
          </Button>
        )}
        {isAdmin && tasks.length === 0 && (
          <Button
            onClick={async () => {
              await api(`/api/plans/${plan.id}/tasks/generate`, { method: 'POST' });
              await load();
            }}
          >
            {L('按条目生成任务', 'Create tasks from items')}
          </Button>
        )}
        {isAdmin && (
          <a href={`/api/plans/${plan.id}/tasks.xlsx`}>{L('下载任务分解表', 'Task template (Excel)')}</a>
        )}
      </Space>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Card title={L('规划纲目', 'Outline')}>
            <Input.Search
              placeholder={L('全文搜索（如：养老）', 'Search the text')}
              allowClear
              onChange={(e) => setQuery(e.target.value)}
              style={{ marginBottom: 8 }}
              aria-label={L('搜索', 'Search')}
            />
            <Tree
              treeData={treeData}
              onSelect={(keys) => setSelected((keys[0] as string) ?? null)}
              defaultExpandAll={!!query}
              key={query}
              height={560}
            />
          </Card>
        </Col>
        <Col xs={24} md={14}>
          {node ? (
            <Card title={label(node)} key={node.id}>
              {isAdmin && (
                <Form
                  layout="inline"
                  initialValues={{ title: node.title }}
                  onFinish={async (v: { title: string }) => {
                    try {
                      await api(`/api/nodes/${node.id}`, {
                        method: 'PATCH',
                        body: { title: v.title },
                        ifMatch: node.version,
                      });
                      message.success(L('已保存', 'Saved'));
                      await load();
                    } catch (e) {
                      message.error((e as Error).message);
                    }
                  }}
                  style={{ marginBottom: 12 }}
                >
                  <Form.Item name="title" label={L('标题', 'Title')}>
                    <Input style={{ width: 320 }} />
                  </Form.Item>
                  <Button htmlType="submit">{L('改名', 'Rename')}</Button>
                </Form>
              )}
              <p style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>{node.body}</p>
              {task && (
                <Card type="inner" title={L('任务分解', 'Task')} data-testid="task-card">
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      {
                        label: L('牵头单位', 'Lead unit'),
                        children: units.find((u) => u.id === task.leadUnitId)?.name ?? '—',
                      },
                      { label: L('完成时限', 'Deadline'), children: task.deadline ?? '—' },
                      { label: L('进度', 'Progress'), children: `${task.progress}%` },
                    ]}
                  />
                  {isAdmin && (
                    <Form
                      layout="inline"
                      initialValues={{
                        leadUnitId: task.leadUnitId ?? undefined,
                        deadline: task.deadline ?? '',
                      }}
                      onFinish={async (v: { leadUnitId: string; deadline: string }) => {
                        try {
                          await api(`/api/tasks/${task.id}`, {
                            method: 'PATCH',
                            ifMatch: task.version,
                            body: { leadUnitId: v.leadUnitId, deadline: v.deadline || null },
                          });
                          message.success(L('已交办', 'Assigned'));
                          await load();
                        } catch (e) {
                          message.error((e as Error).message);
                        }
                      }}
                    >
                      <Form.Item
                        name="leadUnitId"
                        label={L('牵头单位', 'Lead unit')}
                        rules={[{ required: true }]}
                      >
                        <Select
                          style={{ width: 180 }}
                          options={units.map((u) => ({ value: u.id, label: u.name }))}
                          data-testid="lead-unit"
                        />
                      </Form.Item>
                      <Form.Item name="deadline" label={L('完成时限', 'Deadline')}>
                        <Input type="date" data-testid="deadline" />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" data-testid="assign">
                        {L('交办', 'Assign')}
                      </Button>
                    </Form>
                  )}
                </Card>
              )}
            </Card>
          ) : (
            <Card>
              <Tabs
                items={[
                  {
                    key: 'indicators',
                    label: L('主要指标', 'Main indicators'),
                    children: (
                      <Table
                        size="small"
                        rowKey="id"
                        pagination={false}
                        dataSource={(evaluation?.indicators ?? []).filter(
                          (i) =>
                            (!light || LIGHT[i.status] === light) &&
                            (!category || (i.category ?? '—') === category),
                        )}
                        columns={[
                          {
                            title: L('指标', 'Indicator'),
                            dataIndex: 'name',
                            render: (v: string, r: { id: string }) => (
                              <Link to={`/indicators/${r.id}`}>{v}</Link>
                            ),
                          },
                          { title: L('目标', 'Target'), dataIndex: 'target' },
                          {
                            title: L('状态', 'Status'),
                            dataIndex: 'status',
                            render: (s: string) => <StatusTag status={s} />,
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: 'projects',
                    label: `${L('重大项目', 'Projects')} (${plan.projects.length})`,
                    children: (
                      <ProjectsTable
                        projects={plan.projects as unknown as Project[]}
                        units={units}
                        editable={isAdmin}
                        onSaved={() => void load()}
                      />
                    ),
                  },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
