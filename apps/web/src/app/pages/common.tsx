import { Tag } from 'antd';
import { isEnglish, STATUS_TEXT, statusText } from '../../shared/i18n.ts';

export const L = (zh: string, en: string) => (isEnglish() ? en : zh);
export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={STATUS_TEXT[status]?.color}>{statusText(status)}</Tag>
);
export const LIGHT: Record<string, 'green' | 'yellow' | 'red' | 'grey'> = {
  ACHIEVED: 'green',
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  NEARLY_ACHIEVED: 'yellow',
  OFF_TRACK: 'red',
  NOT_ACHIEVED: 'red',
  NOT_ASSESSABLE: 'grey',
  INVALID: 'grey',
};
