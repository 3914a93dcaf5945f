import { Tag } from 'antd';
import { STATUS_TEXT, statusText } from '../shared/i18n.ts';

export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={STATUS_TEXT[status]?.color}>{statusText(status)}</Tag>
);
