/** The audit trail: the chain's verification, "as of" time travel, and the events page by page. */
import { Alert, Button, Card, Form, Input, Table } from 'antd';
import { L } from '../../i18n.ts';
import { userText } from '../../user-content.tsx';
import { AUDIT_ENTITY, auditAction, statusLabel } from '../../statuses.ts';
import { formatDateTime } from '../../../shared/time.ts';
import type { useAdmin } from './useAdmin.ts';

export function AuditTab({ admin }: { admin: ReturnType<typeof useAdmin> }) {
  const { chain, asOf, events, hasEarlier } = admin;
  return (
    <>
      {chain && (
        <Alert
          type={chain.ok ? 'success' : 'error'}
          style={{ marginBottom: 12 }}
          data-testid="chain"
          title={
            chain.ok
              ? L(`留痕链完整：${chain.events} 条`, `Chain intact: ${chain.events} events`)
              : L(
                  `留痕链断裂于第 ${chain.first?.seq} 条`,
                  `Chain broken at event ${chain.first?.seq} (${chain.first?.problem})`,
                )
          }
        />
      )}
      <Card
        size="small"
        title={L('时间回溯：查看某一时刻的规划', 'As of: the plan at a past moment')}
        style={{ marginBottom: 12 }}
      >
        <Form layout="inline" onFinish={(v: { at: string }) => admin.showAsOf(v.at)}>
          <Form.Item
            name="at"
            rules={[{ required: true }]}
            label={L('时刻（北京时间）', 'Moment (Beijing time)')}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Button htmlType="submit">{L('回溯', 'Show')}</Button>
        </Form>
        {asOf && (
          <div style={{ marginTop: 8 }} data-user-content>
            <b>{asOf.title}</b>
            <ul>
              {asOf.chapters.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      <Table
        size="small"
        rowKey="seq"
        dataSource={events ?? []}
        loading={events === null}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="audit-table"
        columns={[
          { title: L('序号', 'No.'), dataIndex: 'seq' },
          { title: L('时间', 'When'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          {
            title: L('人员', 'Who'),
            dataIndex: 'actor_name',
            render: userText,
          },
          { title: L('操作', 'What'), dataIndex: 'action', render: (v: string) => auditAction(v) },
          {
            title: L('对象', 'Entity'),
            dataIndex: 'entity',
            render: (v: string) => statusLabel(AUDIT_ENTITY, v),
          },
        ]}
      />
      {hasEarlier && (
        <Button onClick={() => void admin.loadEarlier()} data-testid="audit-earlier" style={{ marginTop: 8 }}>
          {L('加载更早的记录', 'Load earlier events')}
        </Button>
      )}
    </>
  );
}
