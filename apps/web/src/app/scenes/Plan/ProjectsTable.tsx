/** The plan's projects (专栏): responsible unit, stage and investment, edited in place by the plan office. */
import { App, Button, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../shared/api.ts';
import { L } from '../../i18n.ts';
import { options, PROJECT_STAGE, statusLabel } from '../../statuses.ts';

export interface Project {
  id: string;
  boxNo: number;
  boxTitle: string;
  no: number;
  name: string;
  unitId: string | null;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  stage: string | null;
  progress: number | null;
  version: number;
}

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
      message.success(L('已保存', 'Saved'));
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
        { title: L('专栏', 'Box'), dataIndex: 'boxNo', width: 60 },
        { title: L('项目', 'Project'), dataIndex: 'name' },
        {
          title: L('责任单位', 'Unit'),
          key: 'unit',
          render: (_: unknown, p: Project) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 120 }}
                allowClear
                value={value(p, 'unitId') ?? undefined}
                onChange={(v) => change(p.id, { unitId: v ?? null })}
                options={units.map((u) => ({ value: u.id, label: u.name }))}
              />
            ) : (
              (units.find((u) => u.id === p.unitId)?.name ?? '—')
            ),
        },
        {
          title: L('阶段', 'Stage'),
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
          title: L('计划/完成投资（亿元）', 'Planned / done (100M yuan)'),
          key: 'inv',
          render: (_: unknown, p: Project) =>
            editable ? (
              <Space>
                <InputNumber
                  size="small"
                  min={0}
                  style={{ width: 80 }}
                  value={value(p, 'plannedInvestment')}
                  onChange={(v) => change(p.id, { plannedInvestment: v })}
                />
                <InputNumber
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
          title: L('进度', 'Progress'),
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
                    {L('保存', 'Save')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
