import { isEnglish, statusText, STATUS_TEXT } from '../shared/i18n.ts';
import type { StatusLabel } from '../shared/api.ts';

/**
 * An evaluation status as a coloured badge (the portal has no Ant Design); with an evaluation, its one label
 * (快于预期, 预计能完成…) rather than the bare status, so the badge says what the reason and the summary say.
 */
export function StatusBadge({ status, label }: { status: string; label?: StatusLabel }) {
  return (
    <span className="badge" style={{ background: STATUS_TEXT[status]?.color ?? '#57606a' }}>
      {label ? (isEnglish() ? label.labelEn : label.label) : statusText(status)}
    </span>
  );
}
