/** The plan's projects (专栏): responsible unit, stage and investment, edited in place by the plan office. */
import type { PlanProjectJson } from '@gangmu/contract';
import { App, Button, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../shared/api.ts';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { options, PROJECT_STAGE, statusLabel } from '../../i18n/index.ts';

/** A project of the plan as the staff read sends it (GET /api/plans/:planId). */
export type Project = PlanProjectJson;

export function ProjectsTable({
  projects,
  units,
  editable,
  onSaved,
}: {
  projects: Project[];
  units: { id: string; name: string }[];
  editable: boolean;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [edits, setEdits] = useState<Record<string, Partial<Project>>>({});
  const change = (id: string, patch: Partial<Project>) =>
    setEdits((e) => ({ ...e, [id]: { ...e[id], ...patch } }));
  async function save(p: Project) {
    const e = edits[p.id] ?? {};
    try {
      await api(`/api/projects/${p.id}`, {
        method: 'PATCH',
        ifMatch: p.version,
        body: {
          ...(e.unitId !== undefined ? { unitId: e.unitId } : {}),
          ...(e.stage ? { stage: e.stage } : {}),
          ...(e.plannedInvestment !== undefined ? { plannedInvestment: e.plannedInvestment } : {}),
          ...(e.completedInvestment !== undefined ? { completedInvestment: e.completedInvestment } : {}),
        },
      });
      message.success(t('saved'));
      setEdits((all) => ({ ...all, [p.id]: {} }));
      onSaved();
    } catch (err) {
      message.error((err as Error).message);
    }
  }
  const value = <K extends keyof Project>(p: Project, k: K): Project[K] =>
    edits[p.id]?.[k] !== undefined ? (edits[p.id]![k] as Project[K]) : p[k];
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={projects}
      pagination={{ pageSize: 10 }}
      columns={[
        { title: t('box'), dataIndex: 'boxNo', width: 60 },
        { title: t('project'), dataIndex: 'name', render: userText },
        {
          title: t('responsibleUnit'),
          key: 'unit',
          render: (_: unknown, p: Project) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 120 }}
                allowClear
                value={value(p, 'unitId') ?? undefined}
                onChange={(v) => change(p.id, { unitId: v ?? null })}
                options={units.map((u) => ({ value: u.id, label: userText(u.name) }))}
              />
            ) : (
              userText(units.find((u) => u.id === p.unitId)?.name ?? '—')
            ),
        },
        {
          title: t('stage'),
          key: 'stage',
          render: (_: unknown, p: Project) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 150 }}
                value={value(p, 'stage') ?? undefined}
                onChange={(v) => change(p.id, { stage: v })}
                options={options(PROJECT_STAGE)}
              />
            ) : p.stage ? (
              statusLabel(PROJECT_STAGE, p.stage)
            ) : (
              '—'
            ),
        },
        {
          title: t('investment'),
          key: 'inv',
          render: (_: unknown, p: Project) =>
            editable ? (
              <Space>
                <InputNumber
                  controls={false}
                  size="small"
                  min={0}
                  style={{ width: 80 }}
                  value={value(p, 'plannedInvestment')}
                  onChange={(v) => change(p.id, { plannedInvestment: v })}
                />
                <InputNumber
                  controls={false}
                  size="small"
                  min={0}
                  style={{ width: 80 }}
                  value={value(p, 'completedInvestment')}
                  onChange={(v) => change(p.id, { completedInvestment: v })}
                />
              </Space>
            ) : (
              `${p.plannedInvestment ?? '—'} / ${p.completedInvestment ?? '—'}`
            ),
        },
        {
          title: t('progress'),
          dataIndex: 'progress',
          render: (v: number | null) => (v === null ? '—' : `${v}%`),
        },
        ...(editable
          ? [
              {
                title: '',
                key: 'save',
                render: (_: unknown, p: Project) => (
                  <Button
                    size="small"
                    disabled={!edits[p.id] || Object.keys(edits[p.id]!).length === 0}
                    onClick={() => void save(p)}
                  >
                    {t('save')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
