/** A government's plans at once (issue 15): each plan's type and its indicators counted by status. */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { PortfolioJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';

export function usePortfolio(year: number) {
  const { governmentId } = useParams();
  const [data, setData] = useState<PortfolioJson | null>(null);
  useEffect(() => {
    setData(null);
    void api<PortfolioJson>(`/api/governments/${governmentId}/portfolio?year=${year}`).then(setData);
  }, [governmentId, year]);
  return data;
}
