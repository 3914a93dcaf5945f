/** The leader's dashboard: the figures computed on the server (task states, chapters, unit league). */
import { buildDashboard } from '@gangmu/commands';
import { DashboardJson } from '@gangmu/contract';
import { commandContext } from '../../command-context.ts';
import { presentDashboard } from '../../presenters/dashboard.ts';
import { STAFF } from '../../security.ts';
import { Id, strict } from '../../schemas.ts';
import type { App } from '../../server.ts';
import type { RouteContext } from '../context.ts';

export function dashboardRoutes(app: App, { db, now }: RouteContext): void {
  app.get(
    '/api/plans/:planId/dashboard',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboard'],
        summary: '领导驾驶舱 Tasks by state, chapters × task state and the unit league of a plan',
        params: strict({ planId: Id }),
        response: { 200: DashboardJson },
      },
    },
    async (req) => presentDashboard(await buildDashboard(commandContext(req, db, now), req.params)),
  );
}
