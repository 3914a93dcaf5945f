/**
 * What a page shows while its data loads: a skeleton, not a blank page. It appears after 300 ms, so a fast
 * answer does not flash it.
 */
import { useEffect, useState } from 'react';
import { Skeleton } from 'antd';
import { t } from './i18n/index.ts';

export const SKELETON_DELAY_MS = 300;

export function PageSkeleton() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SKELETON_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" aria-label={t('loading')} aria-busy="true">
      {shown && <Skeleton active paragraph={{ rows: 6 }} />}
    </div>
  );
}
