import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { healthRoutes } from './health.ts';
import { accountRoutes } from './accounts/index.ts';
import { planRoutes } from './plans/index.ts';
import { outlineRoutes } from './outline/index.ts';
import { indicatorRoutes } from './indicators/index.ts';
import { auditRoutes } from './audit/index.ts';
import { taskRoutes } from './tasks/index.ts';
import { reportRoutes } from './reports/index.ts';
import { warningRoutes } from './warnings/index.ts';
import { notificationRoutes } from './notifications/index.ts';
import { openDataRoutes } from './open-data/index.ts';
import { evaluationReportStaffRoutes } from './evaluation-reports/staff-routes.ts';
import { evaluationReportPublicRoutes } from './evaluation-reports/public-routes.ts';
import { planSystemRoutes } from './plan-system.ts';
import { participationRoutes } from './participation/index.ts';
import { dashboardRoutes } from './dashboard/index.ts';

export function registerRoutes(app: App, ctx: RouteContext): void {
  for (const register of [
    healthRoutes,
    accountRoutes,
    planRoutes,
    outlineRoutes,
    indicatorRoutes,
    auditRoutes,
    taskRoutes,
    reportRoutes,
    warningRoutes,
    notificationRoutes,
    openDataRoutes,
    evaluationReportStaffRoutes,
    evaluationReportPublicRoutes,
    planSystemRoutes,
    participationRoutes,
    dashboardRoutes,
  ])
    register(app, ctx);
}
