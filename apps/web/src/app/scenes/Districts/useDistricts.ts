/** An upper plan beside the plans implementing it (issue 15): per indicator, each district's status and latest value. */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { SideBySideJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';

export function useDistricts(year: number) {
  const { planId } = useParams();
  const [data, setData] = useState<SideBySideJson | null>(null);
  useEffect(() => {
    setData(null);
    void api<SideBySideJson>(`/api/plans/${planId}/districts?year=${year}`).then(setData);
  }, [planId, year]);
  return data;
}
