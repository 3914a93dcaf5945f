/**
 * The staff's view of opinions under handling: the plan office's screening, assignment and review queue (all
 * of a plan), and a unit's assigned opinions in its workspace (reporters see only their unit's). Contact
 * details are attached only where `maySeeContacts` allows.
 */
import {
  allowedEvents,
  isOpinionOverdue,
  publicStage,
  type OpinionEvent,
  type PublicStage,
} from '@gangmu/domain';
import {
  getOpinionPrivates,
  listOpinionRecords,
  listOpinionRows,
  type OpinionHandlingState,
  type OpinionRecordsTable,
  type OpinionsTable,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import {
  factsOf,
  loadOpinion,
  mayReadHandling,
  maySeeContacts,
  officeOrUnit,
  shanghaiDate,
} from './opinion-common.ts';

export interface QueuedOpinion {
  readonly opinion: OpinionsTable;
  readonly stage: PublicStage;
  readonly overdue: boolean;
  /** What the caller may do now (the screens' buttons). */
  readonly actions: readonly OpinionEvent['type'][];
  /** Present only for callers allowed to see it. */
  readonly contact?: { readonly contact: string | null; readonly notifyEmail: string | null };
}

export interface ListOpinionQueueOptions {
  readonly planId?: string;
  readonly states?: readonly OpinionHandlingState[];
}

export async function listOpinionQueue(
  ctx: CommandContext,
  o: ListOpinionQueueOptions,
): Promise<readonly QueuedOpinion[]> {
  const { caller } = ctx;
  if (caller.role === null) throw new CommandError('FORBIDDEN', 'the public has no queue');
  const rows = await listOpinionRows(ctx.db.kysely, {
    ...(o.planId ? { planId: o.planId } : {}),
    ...(o.states ? { states: o.states } : {}),
    // A reporter's queue is its unit's assigned opinions, whatever it asks for.
    ...(caller.role === 'reporter' ? { unitId: caller.unitId ?? '\u0000' } : {}),
  });
  const privates = await getOpinionPrivates(
    ctx.db.kysely,
    rows.filter((r) => maySeeContacts(caller, r)).map((r) => r.id),
  );
  const today = shanghaiDate(ctx.now());
  return rows.map((r) => present(ctx, r, today, privates.get(r.id)));
}

function present(
  ctx: CommandContext,
  r: OpinionsTable,
  today: string,
  priv: { contact: string | null; notify_email: string | null } | undefined,
): QueuedOpinion {
  const actor = officeOrUnit(ctx.caller, r);
  return {
    opinion: r,
    stage: publicStage(r.handling_state),
    overdue: isOpinionOverdue(factsOf(r), today),
    actions: actor ? allowedEvents(factsOf(r), actor) : [],
    ...(priv && maySeeContacts(ctx.caller, r)
      ? { contact: { contact: priv.contact, notifyEmail: priv.notify_email } }
      : {}),
  };
}

export interface OpinionDetail extends QueuedOpinion {
  readonly records: readonly OpinionRecordsTable[];
}

/** One opinion with its handling record, for staff allowed to read it. */
export async function getOpinionDetail(ctx: CommandContext, id: string): Promise<OpinionDetail> {
  const row = await loadOpinion(ctx, id);
  if (!mayReadHandling(ctx.caller, row))
    throw new CommandError(
      'FORBIDDEN',
      `caller may not read opinion ${id}`,
      {},
      {
        zh: '没有权限查看此意见',
        en: 'You may not see this opinion',
      },
    );
  const privates = maySeeContacts(ctx.caller, row)
    ? await getOpinionPrivates(ctx.db.kysely, [id])
    : new Map();
  return {
    ...present(ctx, row, shanghaiDate(ctx.now()), privates.get(id)),
    records: await listOpinionRecords(ctx.db.kysely, id),
  };
}
