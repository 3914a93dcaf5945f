/**
 * Evaluation reports (docs/reports.md): draft from the data, edit paragraph by paragraph, regenerate (edits stay),
 * comment, submit, approve (the plan office's leader), publish, and export as Word, one-page brief or Excel.
 */
import { useState } from 'react';
import { App, Button, Card, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import { KIND_LABELS, type ReportHead } from '../../../shared/report-types.ts';
import { ReportDocument } from '../../../shared/ReportDocument.tsx';
import { L } from '../../i18n.ts';
import { useSession } from '../../session.ts';
import { ParagraphEditor } from './ParagraphEditor.tsx';
import { useReports } from './useReports.ts';
import '../../../shared/report.css';

const STATUS: Record<ReportHead['status'], [string, string, string]> = {
  draft: ['草稿', 'Draft', 'blue'],
  submitted: ['待审批', 'Submitted', 'orange'],
  approved: ['已定稿', 'Approved', 'green'],
};
const kindLabel = (k: ReportHead['kind']) => L(...KIND_LABELS[k]);

export default function Reports() {
  const { message } = App.useApp();
  const user = useSession().user!;
  const r = useReports((m) => message.error(m));
  const [kind, setKind] = useState<ReportHead['kind']>('annual');
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const [note, setNote] = useState('');
  const writer = ['admin', 'supervisor'].includes(user.role);
  const leader = user.role === 'leader';
  const open = r.open;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Select
          style={{ minWidth: 320 }}
          value={r.planId ?? undefined}
          onChange={r.setPlanId}
          options={r.plans.map((p) => ({ value: p.id, label: p.title }))}
        />
        {writer && (
          <>
            <Select
              value={kind}
              onChange={setKind}
              data-testid="report-kind"
              options={(['annual', 'midterm', 'final'] as const).map((k) => ({
                value: k,
                label: kindLabel(k),
              }))}
            />
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="report-year"
            />
            <Button
              type="primary"
              loading={r.busy}
              onClick={() => void r.draft(kind, year)}
              data-testid="draft-report"
            >
              {L('起草报告', 'Draft report')}
            </Button>
          </>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.reports}
        onRow={(row) => ({ onClick: () => void r.select(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: L('年份', 'Year'), dataIndex: 'year' },
          { title: L('类型', 'Kind'), dataIndex: 'kind', render: kindLabel },
          {
            title: L('状态', 'Status'),
            dataIndex: 'status',
            render: (s: ReportHead['status']) => (
              <Tag color={STATUS[s][2]}>{L(STATUS[s][0], STATUS[s][1])}</Tag>
            ),
          },
          { title: L('定稿版本', 'Frozen version'), dataIndex: 'frozenVersion' },
        ]}
      />
      {open && (
        <Card
          title={
            <Space>
              {kindLabel(open.kind)} {open.year}
              <Tag color={STATUS[open.status][2]} data-testid="report-status">
                {L(STATUS[open.status][0], STATUS[open.status][1])}
              </Tag>
            </Space>
          }
          extra={
            <Space wrap>
              {writer && open.status === 'draft' && (
                <>
                  <Button onClick={() => void r.step('regenerate')} data-testid="regenerate-report">
                    {L('按最新数据重新生成', 'Regenerate')}
                  </Button>
                  <Button onClick={() => void r.step('submit')} data-testid="submit-report">
                    {L('提交审批', 'Submit')}
                  </Button>
                </>
              )}
              {leader && open.status === 'submitted' && (
                <Button type="primary" onClick={() => void r.step('approve')} data-testid="approve-report">
                  {L('审批定稿', 'Approve')}
                </Button>
              )}
              {(leader || user.role === 'admin') &&
                open.status === 'approved' &&
                !open.versions.at(-1)?.publishedAt && (
                  <Button onClick={() => void r.step('publish')} data-testid="publish-report">
                    {L('公开发布', 'Publish')}
                  </Button>
                )}
              <a href={r.exportUrl('docx')}>Word</a>
              <a href={r.exportUrl('brief')}>{L('一页纸', 'Brief')}</a>
              <a href={r.exportUrl('xlsx')}>Excel</a>
            </Space>
          }
        >
          <div style={{ maxWidth: 820, margin: '0 auto' }}>
            <ReportDocument
              content={open.content}
              paragraph={(b) => (
                <ParagraphEditor
                  key={`${b.id}-${open.version}`}
                  id={b.id}
                  text={b.text}
                  edited={!!b.edited}
                  editable={writer && open.status === 'draft'}
                  onSave={(text) => void r.edit(b.id, text)}
                />
              )}
            />
          </div>
          <Typography.Title level={5}>{L('批注', 'Comments')}</Typography.Title>
          <List
            size="small"
            dataSource={open.comments}
            renderItem={(c) => (
              <List.Item>
                {c.author}：{c.body} <span style={{ color: '#888' }}>{c.createdAt.slice(0, 16)}</span>
              </List.Item>
            )}
          />
          <Space.Compact style={{ width: '100%', maxWidth: 600 }}>
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={L('写批注…', 'Comment…')}
            />
            <Button
              disabled={!note.trim()}
              onClick={() => {
                void r.comment(null, note.trim());
                setNote('');
              }}
            >
              {L('批注', 'Comment')}
            </Button>
            {leader && open.status === 'submitted' && (
              <Button
                danger
                disabled={!note.trim()}
                onClick={() => {
                  void r.returnToDraft(note.trim());
                  setNote('');
                }}
              >
                {L('退回修改', 'Return')}
              </Button>
            )}
          </Space.Compact>
        </Card>
      )}
    </Space>
  );
}
