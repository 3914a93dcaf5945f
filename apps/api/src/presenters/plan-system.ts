/** The plan system's command results → the contract's shapes. */
import type {
  ConsistencyReport,
  DecideLinkResult,
  DecidedRevision,
  GovernmentPortfolio,
  GovernmentRow,
  LinkRow,
  PlanChoices,
  RecordQuotaResult,
  RevisionRow,
  SideBySide,
} from '@gangmu/commands';
import type {
  AssignmentResultJson,
  ConsistencyReportJson,
  GovernmentJson,
  LinkDecisionJson,
  LinkJson,
  PlanChoicesJson,
  PortfolioJson,
  RevisionJson,
  SideBySideJson,
} from '@gangmu/contract';

export const presentGovernment = (g: GovernmentRow): GovernmentJson => ({ ...g });

export const presentLink = (l: LinkRow): LinkJson => ({ ...l, parts: { ...l.parts } });

/** A revision; after an approval, with the consistency check that followed it. */
export const presentRevision = (r: RevisionRow | DecidedRevision): RevisionJson => ({
  ...r,
  target: { ...r.target },
});

export function presentLinkDecision(d: DecideLinkResult): LinkDecisionJson {
  const r = d.resolution;
  return {
    id: d.id,
    status: d.status,
    version: d.version,
    resolution: !r
      ? null
      : r.ok
        ? {
            ok: true,
            source: r.source,
            ...(r.linked.resolved?.target ? { target: { ...r.linked.resolved.target } } : {}),
          }
        : { ok: false, reason: r.reason },
  };
}

export const presentAssignment = (r: RecordQuotaResult): AssignmentResultJson => ({
  id: r.id,
  resolved: [...r.resolved],
});

export const presentChoices = (c: PlanChoices): PlanChoicesJson => ({
  governmentId: c.governmentId,
  plans: c.plans.map((p) => ({ ...p })),
});

export const presentConsistency = (r: ConsistencyReport): ConsistencyReportJson => ({
  planId: r.planId,
  year: r.year,
  raised: r.raised,
  findings: r.findings.map((f) => ({
    key: f.key,
    code: f.code,
    level: f.level,
    subjectType: f.subjectType,
    subjectId: f.subjectId,
    upperPlanId: f.upperPlanId,
    params: { ...f.params },
    reason: f.reason,
    reasonEn: f.reasonEn,
  })),
});

export const presentPortfolio = (p: GovernmentPortfolio): PortfolioJson => ({
  government: { ...p.government },
  year: p.year,
  plans: p.plans.map((plan) => ({ ...plan, counts: { ...plan.counts } as Record<string, number> })),
});

export const presentSideBySide = (v: SideBySide): SideBySideJson => ({
  planId: v.planId,
  year: v.year,
  columns: v.columns.map((c) => ({ ...c })),
  rows: v.rows.map((r) => ({
    ...r,
    cells: r.cells.map((c) => (c ? { ...c, flags: [...c.flags] } : null)),
  })),
});
