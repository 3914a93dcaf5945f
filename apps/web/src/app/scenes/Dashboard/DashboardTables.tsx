/** The dashboard's tables: indicators by category × status, the unit league, chapters × task state, top warnings. */
import { Link } from 'react-router';
import { Table, Tag } from 'antd';
import type { IndicatorEvaluation } from '../../../shared/api.ts';
import { isEnglish } from '../../../shared/i18n.ts';
import type { Warning } from '../../api-types.ts';
import { L } from '../../i18n.ts';
import { StatusTag } from '../../StatusTag.tsx';
import type { ChapterRow, dashboardFigures } from './dashboard-figures.ts';

const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSABLE'];

export function CategoryGrid({ planId, indicators }: { planId: string; indicators: IndicatorEvaluation[] }) {
  const categories = [...new Set(indicators.map((i) => i.category ?? '—'))];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="category"
      scroll={{ x: 'max-content' }}
      dataSource={categories.map((c) => ({ category: c }))}
      columns={[
        { title: L('类别', 'Category'), dataIndex: 'category' },
        ...STATUSES.map((s) => ({
          title: <StatusTag status={s} />,
          key: s,
          render: (_: unknown, r: { category: string }) => {
            const n = indicators.filter(
              (i) =>
                (i.category ?? '—') === r.category &&
                (s === 'NOT_ASSESSABLE' ? ['NOT_ASSESSABLE', 'INVALID'].includes(i.status) : i.status === s),
            ).length;
            return n ? (
              <Link to={`/plans/${planId}?category=${encodeURIComponent(r.category)}`}>{n}</Link>
            ) : (
              <span style={{ color: '#767676' }}>0</span>
            );
          },
        })),
      ]}
    />
  );
}

export function League({ rows }: { rows: ReturnType<typeof dashboardFigures>['league'] }) {
  const percent = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={rows}
      data-testid="league"
      columns={[
        { title: L('单位', 'Unit'), dataIndex: 'unit' },
        { title: L('任务', 'Tasks'), dataIndex: 'tasks' },
        { title: L('按期率', 'On time'), dataIndex: 'onTimeRate', render: percent },
        { title: L('完成度', 'Completion'), dataIndex: 'completion', render: percent },
      ]}
    />
  );
}

const heat = (n: number, color: string) => ({
  style: { background: n ? color : undefined, color: n ? '#fff' : '#767676', textAlign: 'center' as const },
});

export function ChapterHeat({ planId, rows }: { planId: string; rows: ChapterRow[] }) {
  const column = (key: keyof Omit<ChapterRow, 'chapter'>, title: string, color: string) => ({
    title,
    dataIndex: key,
    onCell: (r: ChapterRow) => heat(r[key], color),
  });
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="chapter"
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      data-testid="chapter-heat"
      columns={[
        {
          title: L('章', 'Chapter'),
          dataIndex: 'chapter',
          render: (v: string) => <Link to={`/plans/${planId}`}>{v}</Link>,
        },
        column('done', L('已完成', 'Done'), '#1a7f37'),
        column('onTime', L('按期推进', 'On time'), '#2f6f4f'),
        column('overdue', L('逾期', 'Overdue'), '#cf222e'),
        column('unassigned', L('未分解', 'Unassigned'), '#57606a'),
      ]}
    />
  );
}

export function TopWarnings({ warnings }: { warnings: Warning[] }) {
  return (
    <Table
      size="small"
      pagination={{ pageSize: 5 }}
      rowKey="id"
      dataSource={warnings.slice(0, 20)}
      columns={[
        {
          title: L('级别', 'Level'),
          dataIndex: 'level',
          render: (v: string) => (
            <Tag color={v === 'red' ? 'red' : 'gold'}>{v === 'red' ? L('红', 'red') : L('黄', 'yellow')}</Tag>
          ),
        },
        {
          title: L('原因', 'Reason'),
          dataIndex: 'reason',
          render: (_: string, w: Warning) => (isEnglish() ? w.reason_en : w.reason),
        },
      ]}
    />
  );
}
