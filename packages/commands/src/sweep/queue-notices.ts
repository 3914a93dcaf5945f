/**
 * Queues the notices a sweep and the calendar call for: each warning raised (and the urge of an overdue
 * opinion), reminders before a task's deadline and before a report is due, escalations of urges unanswered
 * after some days, and the daily digest of open warnings. Keyed notices: any number of runs, servers and
 * restarts queue each once. Delivery is deliver-notices'.
 */
import { daysBetween, nextDue, type Schedule } from '@gangmu/domain';
import {
  enqueueNotices,
  listWebhooks,
  noticeRecipients,
  openWarningsByUnit,
  reportedPeriods,
  scheduledTasks,
  tasksComingDue,
  unansweredUrges,
  type WarningsTable,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { NoticeBook } from './notice-book.ts';

export interface QueueNoticesOptions {
  /** YYYY-MM-DD at Asia/Shanghai. */
  readonly today: string;
  /** The warnings the sweep has just raised. */
  readonly raised: readonly WarningsTable[];
  /** Reminders go out this many days before a deadline or a report's due date (default 3). */
  readonly remindDaysBefore?: number;
  /** An urge still unanswered after this many days is escalated to the unit's leaders (default 3). */
  readonly escalateAfterDays?: number;
  /** Only this plan's reminders and escalations, and no digest (the digest counts every plan). */
  readonly planId?: string;
}

export async function queueNotices(ctx: CommandContext, o: QueueNoticesOptions): Promise<{ queued: number }> {
  const k = ctx.db.kysely;
  const book = new NoticeBook(await noticeRecipients(k), await listWebhooks(k));
  warningNotices(book, o.raised);
  const remindDays = o.remindDaysBefore ?? 3;
  const horizon = new Date(Date.parse(`${o.today}T00:00:00Z`) + remindDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await deadlineReminders(ctx, book, { ...o, horizon });
  await reportReminders(ctx, book, { ...o, horizon });
  await escalations(ctx, book, { ...o, days: o.escalateAfterDays ?? 3 });
  if (o.planId === undefined) await digests(ctx, book, o.today);
  return { queued: await enqueueNotices(k, book.notices, ctx.now()) };
}

function warningNotices(book: NoticeBook, raised: readonly WarningsTable[]): void {
  for (const w of raised) {
    book.to(
      [...book.reporters(w.unit_id), ...book.supervisors()],
      {
        key: `warning:${w.id}`,
        event: 'warning.raised',
        subject: `【${w.level === 'red' ? '红色预警' : '黄色预警'}】${w.reason.slice(0, 60)}`,
        body: `${w.reason}\n${w.reason_en}`,
        data: { warningId: w.id, level: w.level, kind: w.kind },
      },
      true,
    );
    // An overdue opinion is also urged at once: the unit owes a member of the public an answer.
    if (w.kind === 'OPINION_OVERDUE')
      book.to(
        book.reporters(w.unit_id),
        {
          key: `opinion-urge:${w.id}`,
          event: 'opinion.urge',
          subject: `【催办】${w.reason.slice(0, 60)}`,
          body: `${w.reason}请尽快起草答复并报送审核。\n${w.reason_en} Please draft and submit the answer.`,
          data: { warningId: w.id, opinionId: w.subject_id },
        },
        true,
      );
  }
}

type Window = { readonly today: string; readonly horizon: string; readonly planId?: string };

async function deadlineReminders(ctx: CommandContext, book: NoticeBook, w: Window): Promise<void> {
  const due = await tasksComingDue(ctx.db.kysely, {
    from: w.today,
    to: w.horizon,
    ...(w.planId ? { planId: w.planId } : {}),
  });
  for (const t of due) {
    const days = daysBetween(w.today, t.deadline!);
    book.to(
      book.reporters(t.lead_unit_id),
      {
        key: `reminder:task:${t.id}:${t.deadline}`,
        event: 'task.reminder',
        subject: `【到期提醒】任务“${t.title}”将于${t.deadline}到期`,
        body: `任务“${t.title}”将于${t.deadline}到期（还有${days}天），请按时完成并报送进展。\nTask "${t.title}" is due on ${t.deadline} (${days} days).`,
        data: { taskId: t.id },
      },
      false,
    );
  }
}

async function reportReminders(ctx: CommandContext, book: NoticeBook, w: Window): Promise<void> {
  const k = ctx.db.kysely;
  const lastYear = Number(w.today.slice(0, 4)) - 1;
  const dueSoon = (await scheduledTasks(k, w.planId)).flatMap((t) => {
    const due = nextDue(JSON.parse(t.schedule!) as Schedule, lastYear, w.today);
    return due && due.due <= w.horizon ? [{ t, due }] : [];
  });
  // One query for the reports of all due periods, not one per task.
  const reported = await reportedPeriods(
    k,
    dueSoon.map((x) => x.t.id),
  );
  for (const { t, due } of dueSoon) {
    if (reported.get(t.id)?.has(due.label)) continue;
    book.to(
      book.reporters(t.lead_unit_id),
      {
        key: `reminder:report:${t.id}:${due.label}`,
        event: 'report.reminder',
        subject: `【报送提醒】“${t.title}”${due.label}期进展请于${due.due}前报送`,
        body: `“${t.title}”${due.label}期进展请于${due.due}前报送。\nThe ${due.label} report on "${t.title}" is due by ${due.due}.`,
        data: { taskId: t.id, period: due.label },
      },
      false,
    );
  }
}

async function escalations(
  ctx: CommandContext,
  book: NoticeBook,
  o: { readonly days: number; readonly planId?: string },
): Promise<void> {
  const cutoff = new Date(ctx.now().getTime() - o.days * 86_400_000).toISOString();
  for (const w of await unansweredUrges(ctx.db.kysely, { cutoff, ...(o.planId ? { planId: o.planId } : {}) }))
    book.to(
      book.leaders(w.unit_id),
      {
        key: `escalate:${w.id}`,
        event: 'warning.escalated',
        subject: `【督办升级】${w.reason.slice(0, 60)}`,
        body: `催办后${o.days}天仍未处理，现报请单位领导督办：${w.reason}\nEscalated after ${o.days} days without action: ${w.reason_en}`,
        data: { warningId: w.id },
      },
      true,
    );
}

/** The daily digest by e-mail: open warnings of a reporter's or leader's unit, all of them for supervisors and admins. */
async function digests(ctx: CommandContext, book: NoticeBook, today: string): Promise<void> {
  const openByUnit = await openWarningsByUnit(ctx.db.kysely);
  const openTotal = [...openByUnit.values()].reduce((a, b) => a + b, 0);
  for (const p of book.people) {
    const unit = p.role === 'reporter' || p.role === 'leader' ? p.unit_id : null;
    const open = unit ? (openByUnit.get(unit) ?? 0) : openTotal;
    if (open === 0 || (p.role !== 'supervisor' && p.role !== 'admin' && !unit)) continue;
    book.mail(p, {
      key: `digest:${today}:${p.id}`,
      event: 'digest',
      subject: `【纲目日报】${today}：未处理预警 ${open} 条`,
      body: `截至${today}，${unit ? '本单位' : '全部'}未处理的预警共 ${open} 条，请登录纲目查看。\nOpen warnings: ${open}.`,
      data: { open },
    });
  }
}
