/**
 * A plan for staff: the outline tree (篇/章/节/items) with full-text search (Chinese substrings), each node with
 * its text and, for items, its task (assign a lead unit and a deadline); rename a node; publish the plan.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Card, Col, Empty, Input, Row, Select, Space, Table, Tabs, Tag, Tree } from 'antd';
import { useSession } from '../../session.ts';
import { TAG, t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { LIGHT } from '../../lights.ts';
import { StatusTag } from '../../StatusTag.tsx';
import type { StatusLabel } from '../../../shared/api.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { NodePanel } from './NodePanel.tsx';
import { outlineTree } from './outline-label.ts';
import { ProjectsTable, type Project } from './ProjectsTable.tsx';
import { usePlan } from './usePlan.ts';

export default function Plan() {
  const { planId } = useParams();
  // Drill-down from the dashboard: ?light=green|yellow|red|grey or ?category=… keep only those indicators.
  const [search] = useSearchParams();
  const light = search.get('light');
  const category = search.get('category');
  const navigate = useNavigate();
  const { user } = useSession();
  const data = usePlan(planId);
  const { plans, plan, evaluation, tasks, units, nodes } = data;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const treeData = useMemo(() => {
    const q = query.trim();
    return outlineTree(plan?.outline ?? [], (n) => !q || n.title.includes(q) || n.body.includes(q));
  }, [plan, query]);
  if (!planId) return plans.length ? null : <Empty />;
  if (!plan) return <PageSkeleton />;
  const node = selected ? nodes.get(selected) : undefined;
  const task = node ? tasks.find((t) => t.nodeId === node.id) : undefined;
  const isAdmin = user?.role === 'admin';
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 'min(36em, calc(100vw - 48px))' }} // never wider than a phone's screen
          value={planId}
          aria-label={t('plan')}
          onChange={(id) => navigate(`/plans/${id}`)}
          options={plans.map((p) => ({ value: p.id, label: userText(p.title) }))}
        />
        <Tag color={plan.status === 'published' ? TAG.green : TAG.gold}>
          {plan.status === 'published' ? t('publishedTag', { n: plan.publishedVersion }) : t('draft')}
        </Tag>
        {isAdmin && (
          <Button type="primary" data-testid="publish" onClick={() => void data.publish(plan)}>
            {t('publish')}
          </Button>
        )}
        {isAdmin && tasks.length === 0 && (
          <Button loading={data.generating} onClick={() => void data.generateTasks(plan)}>
            {t('generateTasks')}
          </Button>
        )}
        {isAdmin && <a href={`/api/plans/${plan.id}/tasks.xlsx`}>{t('taskTemplate')}</a>}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card title={t('outline')}>
            <Input.Search
              placeholder={t('searchPlaceholder')}
              allowClear
              onChange={(e) => setQuery(e.target.value)}
              style={{ marginBottom: 8 }}
              aria-label={t('search')}
            />
            <Tree
              treeData={treeData}
              onSelect={(keys) => setSelected((keys[0] as string) ?? null)}
              defaultExpandAll={!!query}
              key={query}
              height={560}
              data-user-content
            />
          </Card>
        </Col>
        <Col xs={24} md={14}>
          {node ? (
            <NodePanel
              node={node}
              task={task}
              units={units}
              isAdmin={isAdmin}
              rename={data.rename}
              assign={data.assign}
            />
          ) : (
            <Card>
              <Tabs
                items={[
                  {
                    key: 'indicators',
                    label: t('mainIndicators'),
                    children: (
                      <Table
                        size="small"
                        rowKey="id"
                        pagination={false}
                        scroll={{ x: 'max-content' }}
                        dataSource={(evaluation?.indicators ?? []).filter(
                          (i) =>
                            (!light || LIGHT[i.status] === light) &&
                            (!category || (i.category ?? '—') === category),
                        )}
                        columns={[
                          {
                            title: t('indicator'),
                            dataIndex: 'name',
                            render: (v: string, r: { id: string } & StatusLabel) => (
                              <Link to={`/indicators/${r.id}`} data-user-content>
                                {v}
                              </Link>
                            ),
                          },
                          {
                            title: t('target'),
                            dataIndex: 'target',
                            render: userText,
                          },
                          {
                            title: t('status'),
                            dataIndex: 'status',
                            render: (s: string, r: { id: string } & StatusLabel) => (
                              <StatusTag status={s} label={r} />
                            ),
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: 'projects',
                    label: `${t('projects')} (${plan.projects.length})`,
                    children: (
                      <ProjectsTable
                        projects={plan.projects as unknown as Project[]}
                        units={units}
                        editable={isAdmin}
                        onSaved={() => void data.load()}
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
