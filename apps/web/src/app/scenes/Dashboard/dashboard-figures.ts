/**
 * The indicator lights of the dashboard, counted from the plan's evaluation. The task figures (states, chapters,
 * the unit league) come computed from the server (GET /api/plans/:id/dashboard), by the domain's task-state rule.
 */
import type { PlanEvaluation } from '../../../shared/api.ts';
import { LIGHT } from '../../lights.ts';

export function indicatorLights(evaluation: PlanEvaluation | null) {
  const lights = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const i of evaluation?.indicators ?? []) lights[LIGHT[i.status] ?? 'grey']++;
  return lights;
}
