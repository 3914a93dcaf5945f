/** The dashboard's tables: indicators by category × status, the unit league, chapters × task state, top warnings. */
import { Link } from 'react-router';
import { Table, Tag } from 'antd';
import type { IndicatorEvaluation } from '../../../shared/api.ts';
import { isEnglish } from '../../../shared/i18n.ts';
import type { WarningJson as Warning } from '@gangmu/contract';
import { TAG, t } from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { StatusTag } from '../../StatusTag.tsx';
import type { ChapterTaskStatesJson as ChapterRow, LeagueRowJson } from '@gangmu/contract';

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
        { title: t('category'), dataIndex: 'category', render: userText },
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

export function League({ rows }: { rows: LeagueRowJson[] }) {
  const percent = (v: number) => `${v}%`;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="unitId"
      dataSource={rows}
      data-testid="league"
      columns={[
        { title: t('unitOrg'), dataIndex: 'unit', render: userText },
        { title: t('tasks'), dataIndex: 'tasks' },
        { title: t('onTimeRate'), dataIndex: 'onTimeRate', render: percent },
        { title: t('completion'), dataIndex: 'completion', render: percent },
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
          title: t('chapter'),
          dataIndex: 'chapter',
          render: (v: string) => (
            <Link to={`/plans/${planId}`} data-user-content>
              {v}
            </Link>
          ),
        },
        column('done', t('stateDone'), '#1a7f37'),
        column('onTime', t('stateOnTime'), '#2f6f4f'),
        column('overdue', t('overdue'), '#cf222e'),
        column('unassigned', t('unassigned'), '#57606a'),
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
          title: t('level'),
          dataIndex: 'level',
          render: (v: string) => (
            <Tag color={v === 'red' ? TAG.red : TAG.gold}>{v === 'red' ? t('red') : t('yellow')}</Tag>
          ),
        },
        {
          title: t('reason'),
          dataIndex: 'reason',
          render: (_: string, w: Warning) => userText(isEnglish() ? w.reasonEn : w.reason),
        },
      ]}
    />
  );
}
