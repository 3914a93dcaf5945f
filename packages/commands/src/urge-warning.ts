/**
 * Urge (催办) the unit responsible for a warning: every reporter of the unit gets an inbox notice and, with an
 * address, an e-mail; the urge is audited. An urge still open after the set days is escalated by the scheduler.
 */
import { enqueueNotices, getWarning, write, type Notice, type WarningsTable } from '@gangmu/storage';
import { CommandError } from './command-error.ts';
import type { CommandContext } from './context.ts';

export interface UrgeWarningOptions {
  readonly warningId: string;
  /** Added before the warning's reason. */
  readonly message?: string;
}

export interface UrgeWarningResult {
  /** Notices queued (inbox and e-mail). */
  readonly queued: number;
}

export async function urgeWarning(ctx: CommandContext, o: UrgeWarningOptions): Promise<UrgeWarningResult> {
  const k = ctx.db.kysely;
  const w = await getWarning(k, o.warningId);
  if (!w) throw new CommandError('NOT_FOUND', `warning ${o.warningId} not found`);
  if (!w.unit_id)
    throw new CommandError('INVALID', 'this warning has no responsible unit to urge', undefined, {
      zh: '该预警没有责任单位，无法催办。',
      en: 'This warning has no responsible unit to urge.',
    });
  const reporters = await k
    .selectFrom('users')
    .select(['id', 'email'])
    .where('role', '=', 'reporter')
    .where('unit_id', '=', w.unit_id)
    .execute();
  const message = o.message ?? '';
  const queued = await enqueueNotices(
    k,
    urgeNotices(w, reporters, message, ctx.now().toISOString()),
    ctx.now(),
  );
  await write(k, ctx.caller.actor, async ({ record }) =>
    record({
      action: 'warning.urge',
      entity: 'warning',
      entityId: w.id,
      planId: w.plan_id,
      before: null,
      after: { message, recipients: reporters.length },
    }),
  );
  return { queued };
}

function urgeNotices(
  w: WarningsTable,
  reporters: readonly { id: string; email?: string | null }[],
  message: string,
  at: string,
): Notice[] {
  const subject = `【催办】${w.reason.slice(0, 60)}`;
  const body = `${message ? `${message}\n` : ''}${w.reason}\n${w.reason_en}`;
  const notice = { event: 'warning.urge', subject, body, data: { warningId: w.id } };
  return reporters.flatMap((u) => [
    { ...notice, key: `urge:${w.id}:${at}:inbox:${u.id}`, channel: 'inbox' as const, recipient: u.id },
    ...(u.email
      ? [
          {
            ...notice,
            key: `urge:${w.id}:${at}:email:${u.email}`,
            channel: 'email' as const,
            recipient: u.email,
          },
        ]
      : []),
  ]);
}
