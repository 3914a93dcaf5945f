/**
 * The scheduler: a timer. Each tick runs the commands run-sweep (warnings), queue-notices (warnings, reminders,
 * escalations, the daily digest) and deliver-notices (SMTP and signed webhooks, through delivery.ts). Notices are
 * keyed and claimed, so a tick can run any number of times, on any number of app servers, and after any restart,
 * without sending a notice twice. `gangmu sweep` runs the first two without a server.
 */
import {
  deliverNotices,
  queueNotices,
  runSweep,
  SYSTEM_CALLER,
  type CommandContext,
  type DeliveryCounts,
  type SweepResult,
} from '@gangmu/commands';
import { getWebhook, type Db } from '@gangmu/storage';
import type { Transporter } from 'nodemailer';
import { deliver } from './delivery.ts';
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

export interface TickReport extends DeliveryCounts {
  readonly today: string;
  readonly sweep: SweepResult['checked'];
  readonly warningsRaised: number;
  readonly queued: number;
}

export class Scheduler {
  private readonly now: () => Date;
  private readonly ctx: CommandContext;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
    this.ctx = { db: o.db, now: this.now, caller: SYSTEM_CALLER };
  }

  today(): string {
    return new Date(this.now().getTime() + (this.o.utcOffsetHours ?? 8) * 3_600_000)
      .toISOString()
      .slice(0, 10);
  }

  async tick(): Promise<TickReport> {
    const today = this.today();
    const swept = await runSweep(this.ctx, { today });
    const { queued } = await queueNotices(this.ctx, {
      today,
      raised: swept.raised,
      remindDaysBefore: this.o.remindDaysBefore,
      escalateAfterDays: this.o.escalateAfterDays,
    });
    const delivered = await this.deliverDue();
    return { today, sweep: swept.checked, warningsRaised: swept.raised.length, queued, ...delivered };
  }

  /** Delivers every notice that is due, by e-mail and webhook (the inbox needs no delivery). */
  deliverDue(): Promise<DeliveryCounts> {
    const deps = {
      mailer: this.o.mailer ?? null,
      mailFrom: this.o.mailFrom ?? 'gangmu@localhost',
      findWebhook: (id: string) => getWebhook(this.o.db.kysely, id),
      webhookPolicy: this.o.webhookPolicy ?? STRICT_WEBHOOK_POLICY,
      now: this.now,
    };
    return deliverNotices(this.ctx, {
      send: (notice) => deliver(notice, deps),
      maxAttempts: this.o.maxAttempts,
      retryBaseMs: this.o.retryBaseMs,
    });
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
