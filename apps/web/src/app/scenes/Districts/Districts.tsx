/** The city's view of its districts side by side: the same indicator, each district's status and latest value. */
import { useState } from 'react';
import { Link } from 'react-router';
import { Empty, Select, Space, Table, Tag } from 'antd';
import type { SideBySideJson } from '@gangmu/contract';
import { isEnglish, STATUS_TEXT } from '../../../shared/i18n.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { t } from '../../i18n/index.ts';
import { YEARS } from '../Portfolio/Portfolio.tsx';
import { useDistricts } from './useDistricts.ts';

type Row = SideBySideJson['rows'][number];
type Cell = Row['cells'][number];

function CellView({ cell }: { cell: Cell }) {
  if (!cell) return <span style={{ color: '#57606a' }}>{t('notLinked')}</span>;
  return (
    <Space direction="vertical" size={0}>
      <Link to={`/indicators/${cell.indicatorId}`}>
        <Tag color={STATUS_TEXT[cell.status]?.color}>{isEnglish() ? cell.labelEn : cell.label}</Tag>
      </Link>
      {cell.latestValue !== null && (
        <span>
          {t('latestValue')} {cell.latestValue}（{cell.latestYear}）
        </span>
      )}
    </Space>
  );
}

export default function Districts() {
  const [year, setYear] = useState(2024);
  const data = useDistricts(year);
  if (data === null) return <PageSkeleton />;
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <h2 style={{ margin: 0 }}>{t('districtsTitle', { year })}</h2>
        <Select
          aria-label={t('evaluatedAsOf')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${t('asOf')} ${y}` }))}
          style={{ width: 120 }}
        />
      </Space>
      {data.columns.length === 0 ? (
        <Empty description={t('noDistricts')} />
      ) : (
        <Table<Row>
          rowKey="indicatorId"
          dataSource={data.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="districts-table"
          columns={[
            {
              title: t('indicatorName'),
              dataIndex: 'name',
              fixed: 'left',
              render: (v: string, r) => (
                <span data-user-content>
                  {v}
                  {r.unit ? `（${r.unit}）` : ''}
                </span>
              ),
            },
            ...data.columns.map((c, i) => ({
              title: <span data-user-content>{c.government ?? c.title}</span>,
              key: c.planId,
              render: (_: unknown, r: Row) => <CellView cell={r.cells[i] ?? null} />,
            })),
          ]}
        />
      )}
    </>
  );
}
