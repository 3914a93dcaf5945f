import type { Db } from '@gangmu/storage';
import type { EvaluationCache } from '../evaluation-service.ts';
import type { PlanHeads } from '../plan-heads.ts';
import type { Scheduler } from '../supervision/scheduler.ts';
import type { ServerOptions } from '../server.ts';
import type { WebhookPolicy } from '../supervision/webhook-target.ts';

export interface RouteContext {
  readonly db: Db;
  readonly now: () => Date;
  readonly cache: EvaluationCache;
  readonly heads: PlanHeads;
  readonly scheduler: Scheduler;
  /** Where evidence files are kept: outside anything served to the web. */
  readonly evidenceDir: string;
  readonly options: ServerOptions;
  /** Where webhooks may point (WEBHOOK_ALLOW and this server's ports). */
  readonly webhookPolicy: WebhookPolicy;
}
