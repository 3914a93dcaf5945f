/** One outline node: its text, a rename form for the plan office, and for an item its task (assign a unit and a deadline). */
import { Button, Card, Descriptions, Form, Input, Select } from 'antd';
import type { OutlineNode } from '../../../shared/api.ts';
import type { Task, Unit } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { outlineLabel } from './outline-label.ts';

interface Props {
  node: OutlineNode;
  task: Task | undefined;
  units: Unit[];
  isAdmin: boolean;
  rename: (node: OutlineNode, title: string) => Promise<void>;
  assign: (task: Task, v: { leadUnitId: string; deadline: string }) => Promise<void>;
}

export function NodePanel({ node, task, units, isAdmin, rename, assign }: Props) {
  return (
    <Card title={userText(outlineLabel(node))} key={node.id}>
      {isAdmin && (
        <Form
          layout="inline"
          initialValues={{ title: node.title }}
          onFinish={(v: { title: string }) => rename(node, v.title)}
          style={{ marginBottom: 12 }}
        >
          <Form.Item name="title" label={t('title')}>
            <Input style={{ width: 320, maxWidth: '100%' }} />
          </Form.Item>
          <Button htmlType="submit">{t('rename')}</Button>
        </Form>
      )}
      <p style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }} data-user-content>
        {node.body}
      </p>
      {task && (
        <Card type="inner" title={t('taskBreakdown')} data-testid="task-card">
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                label: t('leadUnit'),
                children: userText(units.find((u) => u.id === task.leadUnitId)?.name ?? '—'),
              },
              { label: t('deadline'), children: task.deadline ?? '—' },
              { label: t('progress'), children: `${task.progress}%` },
            ]}
          />
          {isAdmin && (
            <Form
              layout="inline"
              initialValues={{ leadUnitId: task.leadUnitId ?? undefined, deadline: task.deadline ?? '' }}
              onFinish={(v: { leadUnitId: string; deadline: string }) => assign(task, v)}
            >
              <Form.Item name="leadUnitId" label={t('leadUnit')} rules={[{ required: true }]}>
                <Select
                  style={{ width: 180 }}
                  options={units.map((u) => ({ value: u.id, label: userText(u.name) }))}
                  data-testid="lead-unit"
                />
              </Form.Item>
              <Form.Item name="deadline" label={t('deadline')}>
                <Input type="date" data-testid="deadline" />
              </Form.Item>
              <Button type="primary" htmlType="submit" data-testid="assign">
                {t('assign')}
              </Button>
            </Form>
          )}
        </Card>
      )}
    </Card>
  );
}
