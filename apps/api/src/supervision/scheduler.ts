/**
 * The scheduler: each tick sweeps for warnings, queues the notices they and the calendar call for
 * (warnings, reminders before due dates, escalations of unanswered urges, a daily digest), then delivers
 * what is due. Notices are keyed, so a tick can run any number of times, on any number of app servers,
 * and after any restart, without sending a notice twice.
 */
import { daysBetween, nextDue, retryDelayMs, type Schedule } from '@gangmu/domain';
import {
  claimNotices,
  enqueueNotices,
  getWebhook,
  listWebhooks,
  markFailed,
  markSent,
  type Db,
  type Notice,
  type WarningsTable,
} from '@gangmu/storage';
import type { Transporter } from 'nodemailer';
import { deliver } from './delivery.ts';
import { sweep, type SweepResult } from './sweep.ts';
import { STRICT_WEBHOOK_POLICY, type WebhookPolicy } from './webhook-target.ts';

export interface SchedulerOptions {
  readonly db: Db;
  readonly now?: () => Date;
  readonly mailer?: Transporter | null;
  readonly mailFrom?: string;
  /** Where webhooks may connect (WEBHOOK_ALLOW, the server's own ports); default: no private address. */
  readonly webhookPolicy?: WebhookPolicy;
  /** Reminders go out this many days before a deadline or a report's due date. */
  readonly remindDaysBefore?: number;
  /** An urge still unanswered after this many days is escalated to the unit's leaders. */
  readonly escalateAfterDays?: number;
  readonly maxAttempts?: number;
  readonly retryBaseMs?: number;
  /** The plan offices' calendar: dates are taken at UTC+8 by default. */
  readonly utcOffsetHours?: number;
}

export interface TickReport {
  readonly today: string;
  readonly sweep: SweepResult['checked'];
  readonly warningsRaised: number;
  readonly queued: number;
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
}

interface Person {
  id: string;
  email: string | null;
  role: string;
  unit_id: string | null;
}

export class Scheduler {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
  }

  today(): string {
    return new Date(this.now().getTime() + (this.o.utcOffsetHours ?? 8) * 3_600_000)
      .toISOString()
      .slice(0, 10);
  }

  async tick(): Promise<TickReport> {
    const today = this.today();
    const k = this.o.db.kysely;
    const result = await sweep(this.o.db, today);
    const people = (await k
      .selectFrom('users')
      .select(['id', 'email', 'role', 'unit_id'])
      .execute()) as Person[];
    const hooks = await listWebhooks(k);
    const notices: Notice[] = [];
    const to = (
      recipients: readonly Person[],
      key: string,
      event: string,
      subject: string,
      body: string,
      data: unknown,
      withHooks: boolean,
    ) => {
      for (const p of recipients) {
        notices.push({
          key: `${key}:inbox:${p.id}`,
          channel: 'inbox',
          recipient: p.id,
          event,
          subject,
          body,
          data,
        });
        if (p.email)
          notices.push({
            key: `${key}:email:${p.email}`,
            channel: 'email',
            recipient: p.email,
            event,
            subject,
            body,
            data,
          });
      }
      if (withHooks)
        for (const h of hooks)
          notices.push({
            key: `${key}:webhook:${h.id}`,
            channel: 'webhook',
            recipient: h.id,
            event,
            subject,
            body,
            data,
          });
    };
    const reporters = (unitId: string | null) =>
      people.filter((p) => p.role === 'reporter' && p.unit_id !== null && p.unit_id === unitId);
    const leaders = (unitId: string | null) =>
      people.filter((p) => p.role === 'leader' && p.unit_id !== null && p.unit_id === unitId);
    const supervisors = people.filter((p) => p.role === 'supervisor');

    for (const w of result.raised) {
      const subject = `【${w.level === 'red' ? '红色预警' : '黄色预警'}】${w.reason.slice(0, 60)}`;
      to(
        [...reporters(w.unit_id), ...supervisors],
        `warning:${w.id}`,
        'warning.raised',
        subject,
        `${w.reason}\n${w.reason_en}`,
        { warningId: w.id, level: w.level, kind: w.kind },
        true,
      );
      // An overdue opinion is also urged at once: the unit owes a member of the public an answer.
      if (w.kind === 'OPINION_OVERDUE')
        to(
          reporters(w.unit_id),
          `opinion-urge:${w.id}`,
          'opinion.urge',
          `【催办】${w.reason.slice(0, 60)}`,
          `${w.reason}请尽快起草答复并报送审核。\n${w.reason_en} Please draft and submit the answer.`,
          { warningId: w.id, opinionId: w.subject_id },
          true,
        );
    }

    const remindDays = this.o.remindDaysBefore ?? 3;
    const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + remindDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const dueTasks = await k
      .selectFrom('tasks')
      .select(['id', 'title', 'deadline', 'lead_unit_id'])
      .where('status', '=', 'open')
      .where('deadline', '>=', today)
      .where('deadline', '<=', horizon)
      .execute();
    for (const t of dueTasks) {
      const days = daysBetween(today, t.deadline!);
      to(
        reporters(t.lead_unit_id),
        `reminder:task:${t.id}:${t.deadline}`,
        'task.reminder',
        `【到期提醒】任务“${t.title}”将于${t.deadline}到期`,
        `任务“${t.title}”将于${t.deadline}到期（还有${days}天），请按时完成并报送进展。\nTask "${t.title}" is due on ${t.deadline} (${days} days).`,
        { taskId: t.id },
        false,
      );
    }
    const scheduledTasks = await k
      .selectFrom('tasks')
      .select(['id', 'title', 'schedule', 'lead_unit_id'])
      .where('schedule', 'is not', null)
      .where('status', '=', 'open')
      .execute();
    // One query for the reports of all due periods, not one per task.
    const dueSoon = scheduledTasks
      .map((t) => ({
        t,
        due: nextDue(JSON.parse(t.schedule!) as Schedule, Number(today.slice(0, 4)) - 1, today),
      }))
      .filter(
        (x): x is { t: (typeof scheduledTasks)[number]; due: NonNullable<typeof x.due> } =>
          !!x.due && x.due.due <= horizon,
      );
    const reported = new Set<string>();
    for (let i = 0; i < dueSoon.length; i += 500) {
      const rows = await k
        .selectFrom('reports')
        .select(['subject_id', 'period'])
        .where(
          'subject_id',
          'in',
          dueSoon.slice(i, i + 500).map((x) => x.t.id),
        )
        .execute();
      for (const r of rows) reported.add(`${r.subject_id}:${r.period}`);
    }
    for (const { t, due } of dueSoon) {
      if (reported.has(`${t.id}:${due.label}`)) continue;
      to(
        reporters(t.lead_unit_id),
        `reminder:report:${t.id}:${due.label}`,
        'report.reminder',
        `【报送提醒】“${t.title}”${due.label}期进展请于${due.due}前报送`,
        `“${t.title}”${due.label}期进展请于${due.due}前报送。\nThe ${due.label} report on "${t.title}" is due by ${due.due}.`,
        { taskId: t.id, period: due.label },
        false,
      );
    }

    const escalateDays = this.o.escalateAfterDays ?? 3;
    const cutoff = new Date(this.now().getTime() - escalateDays * 86_400_000).toISOString();
    const urges = await k
      .selectFrom('outbox')
      .select(['data'])
      .where('event', '=', 'warning.urge')
      .where('channel', '=', 'inbox')
      .where('created_at', '<=', cutoff)
      .execute();
    const urgedIds = [...new Set(urges.map((u) => (JSON.parse(u.data) as { warningId: string }).warningId))];
    if (urgedIds.length) {
      const open = (await k
        .selectFrom('warnings')
        .selectAll()
        .where('id', 'in', urgedIds)
        .where('status', '!=', 'resolved')
        .execute()) as WarningsTable[];
      for (const w of open) {
        to(
          leaders(w.unit_id),
          `escalate:${w.id}`,
          'warning.escalated',
          `【督办升级】${w.reason.slice(0, 60)}`,
          `催办后${escalateDays}天仍未处理，现报请单位领导督办：${w.reason}\nEscalated after ${escalateDays} days without action: ${w.reason_en}`,
          { warningId: w.id },
          true,
        );
      }
    }

    // Open warnings per unit, counted once for every digest.
    const openByUnit = new Map<string | null, number>();
    for (const r of await k
      .selectFrom('warnings')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '!=', 'resolved')
      .groupBy('unit_id')
      .execute()) {
      openByUnit.set(r.unit_id, Number(r.n));
    }
    const openTotal = [...openByUnit.values()].reduce((a, b) => a + b, 0);
    for (const p of people.filter((x) => x.email)) {
      const unitScope = p.role === 'reporter' || p.role === 'leader' ? p.unit_id : null;
      const open = unitScope ? (openByUnit.get(unitScope) ?? 0) : openTotal;
      if (open === 0 || (p.role !== 'supervisor' && p.role !== 'admin' && !unitScope)) continue;
      notices.push({
        key: `digest:${today}:${p.id}`,
        channel: 'email',
        recipient: p.email!,
        event: 'digest',
        subject: `【纲目日报】${today}：未处理预警 ${open} 条`,
        body: `截至${today}，${unitScope ? '本单位' : '全部'}未处理的预警共 ${open} 条，请登录纲目查看。\nOpen warnings: ${open}.`,
        data: { open },
      });
    }

    const queued = await enqueueNotices(k, notices, this.now());
    const delivered = await this.deliverDue();
    return { today, sweep: result.checked, warningsRaised: result.raised.length, queued, ...delivered };
  }

  /** Delivers every notice that is due, in claimed batches. */
  async deliverDue(): Promise<{ sent: number; retried: number; dead: number }> {
    const counts = { sent: 0, retried: 0, dead: 0 };
    const maxAttempts = this.o.maxAttempts ?? 5;
    for (;;) {
      const batch = await claimNotices(this.o.db, this.now());
      if (batch.length === 0) return counts;
      for (const notice of batch) {
        try {
          await deliver(notice, {
            mailer: this.o.mailer ?? null,
            mailFrom: this.o.mailFrom ?? 'gangmu@localhost',
            findWebhook: (id) => getWebhook(this.o.db.kysely, id),
            webhookPolicy: this.o.webhookPolicy ?? STRICT_WEBHOOK_POLICY,
            now: this.now,
          });
          await markSent(this.o.db.kysely, notice.id, this.now());
          counts.sent++;
        } catch (e) {
          const outcome = await markFailed(
            this.o.db.kysely,
            notice,
            (e as Error).message,
            this.now(),
            retryDelayMs(notice.attempts + 1, this.o.retryBaseMs),
            maxAttempts,
          );
          counts[outcome === 'dead' ? 'dead' : 'retried']++;
        }
      }
    }
  }

  /** Runs a tick every `intervalMs`; a tick never overlaps the previous one. */
  start(intervalMs: number, onError: (e: unknown) => void): void {
    const run = () => {
      if (this.running) return;
      this.running = this.tick()
        .catch(onError)
        .finally(() => (this.running = undefined));
    };
    this.timer = setInterval(run, intervalMs);
    run();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
