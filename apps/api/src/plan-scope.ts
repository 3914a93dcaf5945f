/**
 * The plan system's access rule on every route that names a plan, or something of one (indicator, node,
 * project, task, observation): a district's staff work on their government's plans; the staff of a government
 * above read them and may not change them; other staff see them as the public does (published versions only;
 * a write is answered as if the plan did not exist). Staff without a government keep the old rule.
 */
import type { FastifyRequest } from 'fastify';
import { accessToPlan, callerGovernment } from '@gangmu/commands';
import type { Db } from '@gangmu/storage';
import { commandContext } from './command-context.ts';
import { ApiError } from './errors.ts';
import type { App } from './server.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** 'public': a signed-in person outside the plan's government tree — read the plan as the public does. */
    planScope: 'public' | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Route parameters that name a plan's part, and the table that knows the plan. */
const OWNED = {
  indicatorId: 'indicators',
  nodeId: 'outline_nodes',
  projectId: 'projects',
  taskId: 'tasks',
  observationId: 'observations',
} as const;

async function planOf(db: Db, params: Record<string, string>): Promise<string | null> {
  if (params.planId) return params.planId;
  for (const [param, table] of Object.entries(OWNED)) {
    const id = params[param];
    if (!id) continue;
    const row = await db.kysely.selectFrom(table).select('plan_id').where('id', '=', id).executeTakeFirst();
    return row?.plan_id ?? null;
  }
  return null;
}

export function registerPlanScope(app: App, db: Db, now: () => Date): void {
  app.decorateRequest('planScope', null);
  app.addHook('preHandler', async (req: FastifyRequest) => {
    if (!req.user) return;
    const params = (req.params ?? {}) as Record<string, string>;
    const ctx = commandContext(req, db, now);
    if (!Object.keys(params).some((k) => k === 'planId' || k in OWNED)) return;
    const mine = await callerGovernment(ctx);
    if (mine === null) return;
    const planId = await planOf(db, params);
    if (!planId) return;
    const access = await accessToPlan(ctx, planId, mine).catch(() => 'edit' as const); // a missing plan: the route says 404
    if (access === 'edit') return;
    const openToAll = req.routeOptions.config.access === 'public';
    if (UNSAFE.has(req.method) && !openToAll)
      throw new ApiError(
        access === 'read' ? 'FORBIDDEN' : 'NOT_FOUND',
        `plan ${planId} is not the caller's to change`,
      );
    if (access === 'public') req.planScope = 'public';
  });
}
