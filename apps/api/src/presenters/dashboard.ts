/** The dashboard as the API shows it (the command's figures are already in the contract's casing). */
import type { Dashboard } from '@gangmu/commands';
import type { DashboardJson } from '@gangmu/contract';

export const presentDashboard = (d: Dashboard): DashboardJson => ({
  planId: d.planId,
  today: d.today,
  tasks: { ...d.tasks },
  chapters: d.chapters.map((c) => ({ ...c })),
  league: d.league.map((r) => ({ ...r })),
});
