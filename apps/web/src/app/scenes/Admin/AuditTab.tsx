/** The audit trail: the chain's verification, "as of" time travel, and the events page by page. */
import { Alert, Button, Card, Form, Input, Table } from 'antd';
import { t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { AUDIT_ENTITY, auditAction, statusLabel } from '../../i18n/index.ts';
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
              ? t('chainIntact', { n: chain.events })
              : t('chainBroken', { seq: chain.first?.seq ?? '', problem: chain.first?.problem ?? '' })
          }
        />
      )}
      <Card size="small" title={t('asOfTitle')} style={{ marginBottom: 12 }}>
        <Form layout="inline" onFinish={(v: { at: string }) => admin.showAsOf(v.at)}>
          <Form.Item name="at" rules={[{ required: true }]} label={t('momentShanghai')}>
            <Input type="datetime-local" style={{ width: 220 }} />
          </Form.Item>
          <Button htmlType="submit">{t('show')}</Button>
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
          { title: t('seq'), dataIndex: 'seq' },
          { title: t('when'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          {
            title: t('who'),
            dataIndex: 'actorName',
            render: userText,
          },
          { title: t('what'), dataIndex: 'action', render: (v: string) => auditAction(v) },
          {
            title: t('entity'),
            dataIndex: 'entity',
            render: (v: string) => statusLabel(AUDIT_ENTITY, v),
          },
        ]}
      />
      {hasEarlier && (
        <Button onClick={() => void admin.loadEarlier()} data-testid="audit-earlier" style={{ marginTop: 8 }}>
          {t('loadEarlierEvents')}
        </Button>
      )}
    </>
  );
}
