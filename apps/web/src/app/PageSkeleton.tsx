/**
 * What a page shows while its data loads: a skeleton, not a blank page. It appears after 300 ms, so a fast
 * answer does not flash it.
 */
import { useEffect, useState } from 'react';
import { Skeleton } from 'antd';
import { L } from './i18n.ts';

export const SKELETON_DELAY_MS = 300;

export function PageSkeleton() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SKELETON_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" aria-label={L('加载中', 'Loading')} aria-busy="true">
      {shown && <Skeleton active paragraph={{ rows: 6 }} />}
    </div>
  );
}
