import { statusText, STATUS_TEXT } from '../shared/i18n.ts';

/** An evaluation status as a coloured badge (the portal has no Ant Design). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="badge" style={{ background: STATUS_TEXT[status]?.color ?? '#57606a' }}>
      {statusText(status)}
    </span>
  );
}
