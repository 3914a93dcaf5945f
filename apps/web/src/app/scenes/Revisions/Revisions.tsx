/** 规划调整: the revisions of a plan's targets with their approving document; the proposal and approval forms. */
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import type { RevisionJson } from '@gangmu/contract';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { REVISION_STATUS, statusLabel, t } from '../../i18n/index.ts';
import { YEARS } from '../Portfolio/Portfolio.tsx';
import { useRevisions, type ApprovalForm, type ProposalForm } from './useRevisions.ts';

const targetText = (r: RevisionJson) => String(r.target.value ?? r.target.lo ?? r.target.hi ?? '');

export default function Revisions() {
  const { rows, indicators, canPropose, canApprove, propose, approve } = useRevisions();
  const [approving, setApproving] = useState<RevisionJson | null>(null);
  const [form] = Form.useForm<ProposalForm>();
  if (rows === null) return <PageSkeleton />;
  const name = (id: string) => indicators.find((i) => i.id === id)?.name ?? id;
  return (
    <>
      <h2>{t('revisionsView')}</h2>
      {canPropose && (
        <Card title={t('proposeRevision')} style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            onFinish={async (f) => {
              if (await propose(f)) form.resetFields();
            }}
          >
            <Form.Item name="indicatorId" label={t('indicatorName')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 220 }}
                options={indicators.map((i) => ({ value: i.id, label: i.name }))}
              />
            </Form.Item>
            <Form.Item name="value" label={t('newTarget')} rules={[{ required: true }]}>
              <InputNumber controls={false} />
            </Form.Item>
            <Form.Item name="effectiveYear" label={t('effectiveYear')} rules={[{ required: true }]}>
              <Select style={{ width: 100 }} options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
            </Form.Item>
            <Form.Item name="reason" label={t('revisionReason')} rules={[{ required: true }]}>
              <Input maxLength={500} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('submit')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<RevisionJson>
        rowKey="id"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('indicatorName'),
            dataIndex: 'indicatorId',
            render: (id: string) => <span data-user-content>{name(id)}</span>,
          },
          { title: t('newTarget'), key: 'target', render: (_: unknown, r) => targetText(r) },
          { title: t('effectiveYear'), dataIndex: 'effectiveYear' },
          {
            title: t('revisionReason'),
            dataIndex: 'reason',
            render: (v: string) => <span data-user-content>{v}</span>,
          },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={REVISION_STATUS[s]?.color}>{statusLabel(REVISION_STATUS, s)}</Tag>
            ),
          },
          {
            title: t('documentNo'),
            key: 'doc',
            render: (_: unknown, r) =>
              r.documentNo && (
                <span data-user-content>
                  {r.approvingBody} {r.documentNo}（{r.documentDate}）
                </span>
              ),
          },
          ...(canApprove
            ? [
                {
                  title: t('actions'),
                  key: 'act',
                  render: (_: unknown, r: RevisionJson) =>
                    r.status === 'proposed' && (
                      <Button size="small" type="primary" onClick={() => setApproving(r)}>
                        {t('recordApproval')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ApproveDialog
        revision={approving}
        onClose={() => setApproving(null)}
        onApprove={async (f) => {
          if (approving && (await approve(approving, f))) setApproving(null);
        }}
      />
    </>
  );
}

function ApproveDialog(props: {
  revision: RevisionJson | null;
  onClose: () => void;
  onApprove: (f: ApprovalForm) => Promise<void>;
}) {
  const [form] = Form.useForm<ApprovalForm>();
  return (
    <Modal
      open={props.revision !== null}
      title={t('recordApproval')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={props.onApprove}>
        <Form.Item name="approvingBody" label={t('approvingBody')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="documentNo" label={t('documentNo')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="documentDate"
          label={t('documentDate')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input placeholder="2023-03-01" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
