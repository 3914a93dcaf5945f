/** The government-wide view: all of a government's plans, each with its indicators' statuses (issue 15). */
import { useState } from 'react';
import { Link } from 'react-router';
import { Select, Space, Table, Tag } from 'antd';
import type { PortfolioJson } from '@gangmu/contract';
import { STATUS_TEXT, statusText } from '../../../shared/i18n.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { PLAN_TYPE, statusLabel, t } from '../../i18n/index.ts';
import { usePortfolio } from './usePortfolio.ts';

type PlanRow = PortfolioJson['plans'][number];
export const YEARS = [2021, 2022, 2023, 2024, 2025];

export default function Portfolio() {
  const [year, setYear] = useState(2024);
  const data = usePortfolio(year);
  if (data === null) return <PageSkeleton />;
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <h2 style={{ margin: 0 }} data-user-content>
          {t('portfolioTitle', { name: data.government.name })}
        </h2>
        <Select
          aria-label={t('evaluatedAsOf')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${t('asOf')} ${y}` }))}
          style={{ width: 120 }}
        />
      </Space>
      <Table<PlanRow>
        rowKey="id"
        dataSource={data.plans}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('plans'),
            dataIndex: 'title',
            render: (v: string, p) => (
              <Space>
                <Link to={`/?plan=${p.id}`} data-user-content>
                  {v}
                </Link>
                {p.synthetic && <Tag>{t('synthetic')}</Tag>}
              </Space>
            ),
          },
          { title: t('planType'), dataIndex: 'planType', render: (v: string) => statusLabel(PLAN_TYPE, v) },
          { title: t('indicatorCount'), dataIndex: 'indicators' },
          {
            title: t('status'),
            key: 'counts',
            render: (_: unknown, p) => (
              <Space wrap size={4}>
                {Object.entries(p.counts).map(([status, n]) => (
                  <Tag key={status} color={STATUS_TEXT[status]?.color}>
                    {statusText(status)} {n}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
