import { Tag } from 'antd';
import { isEnglish, STATUS_TEXT, statusText } from '../shared/i18n.ts';
import type { StatusLabel } from '../shared/api.ts';

/** A status in its colour; with an evaluation, its one label (快于预期, 预计能完成…) rather than the bare status. */
export const StatusTag = ({ status, label }: { status: string; label?: StatusLabel }) => (
  <Tag color={STATUS_TEXT[status]?.color}>
    {label ? (isEnglish() ? label.labelEn : label.label) : statusText(status)}
  </Tag>
);
