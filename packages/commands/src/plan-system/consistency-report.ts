/**
 * The consistency report of a plan (规划衔接检查): against each plan it implements (rules 1–3 of
 * @gangmu/domain `checkConsistency`), and, as an upper plan, the aggregate of the plans implementing it
 * (rule 4). With `raise`, the findings become warnings to the plan office (one per key, never twice).
 */
import {
  aggregateShortfall,
  checkConsistency,
  evaluationYear,
  headlineValue,
  targetInForce,
  type CheckedIndicator,
  type ConsistencyFinding,
  type IndicatorDef,
} from '@gangmu/domain';
import {
  indicatorsOfPlans,
  listPlanRelations,
  plansToSweep,
  raiseWarnings,
  type Db,
  type WarningsTable,
} from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { requirePlanAccess } from './access.ts';

export interface ConsistencyReportOptions {
  readonly planId: string;
  readonly year: number;
  /** Raise the findings as warnings (needs edit access, or the system caller). */
  readonly raise?: boolean;
}

export interface ConsistencyRow extends ConsistencyFinding {
  /** The other plan of the finding: the upper one (rules 1–3) or this plan itself (rule 4). */
  readonly upperPlanId: string;
}

export interface ConsistencyReport {
  readonly planId: string;
  readonly year: number;
  readonly findings: readonly ConsistencyRow[];
  /** Warnings newly raised by this call. */
  readonly raised: number;
}

type IndicatorRow = Awaited<ReturnType<typeof indicatorsOfPlans>>[number];

const checked = (r: IndicatorRow): CheckedIndicator => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  def: { ...(JSON.parse(r.definition) as Omit<IndicatorDef, 'id'>), id: r.id } as IndicatorDef,
});

async function planFacts(db: Db, planIds: readonly string[]) {
  const rows = await db.kysely
    .selectFrom('plans')
    .leftJoin('governments', 'governments.id', 'plans.government_id')
    .select(['plans.id', 'plans.title', 'plans.government_id', 'governments.name as government'])
    .where('plans.id', 'in', planIds)
    .execute();
  return new Map(rows.map((r) => [r.id, { ...r, government: r.government ?? r.title }]));
}

/** Rules 1–3 of `planId` against `upperId`. */
async function againstUpper(
  db: Db,
  planId: string,
  upperId: string,
  year: number,
): Promise<ConsistencyRow[]> {
  const k = db.kysely;
  const facts = await planFacts(db, [planId, upperId]);
  const plan = facts.get(planId)!;
  const indicators = await indicatorsOfPlans(k, [planId, upperId]);
  const links = await k
    .selectFrom('indicator_links')
    .select(['indicator_id as lowerId', 'upper_indicator_id as upperId'])
    .where('plan_id', '=', planId)
    .where('upper_plan_id', '=', upperId)
    .where('status', '=', 'confirmed')
    .execute();
  const assignments = plan.government_id
    ? await k
        .selectFrom('assignments')
        .selectAll()
        .where('upper_plan_id', '=', upperId)
        .where('government_id', '=', plan.government_id)
        .orderBy('created_at', 'desc')
        .execute()
    : [];
  const lowerOf = new Map(links.map((l) => [l.upperId, l.lowerId]));
  const quotaSeen = new Set<string>();
  const quotas = assignments.flatMap((a) => {
    const lowerId = a.upper_indicator_id ? lowerOf.get(a.upper_indicator_id) : undefined;
    if (!lowerId || !a.target || quotaSeen.has(lowerId)) return []; // the latest quota is in force
    quotaSeen.add(lowerId);
    return [
      { lowerId, target: JSON.parse(a.target) as IndicatorDef['target'] & object, documentNo: a.document_no },
    ];
  });
  const nodeIds = assignments.flatMap((a) => (a.upper_node_id ? [a.upper_node_id] : []));
  const nodes = nodeIds.length
    ? await k.selectFrom('outline_nodes').select(['id', 'title']).where('id', 'in', nodeIds).execute()
    : [];
  const items = await k
    .selectFrom('item_links')
    .select(['node_id', 'upper_node_id'])
    .where('plan_id', '=', planId)
    .where('upper_plan_id', '=', upperId)
    .where('status', '=', 'confirmed')
    .execute();
  const findings = checkConsistency({
    lower: {
      planId,
      government: plan.government,
      indicators: indicators.filter((i) => i.plan_id === planId).map(checked),
      items: items.map((i) => ({ id: i.node_id, implements: [i.upper_node_id] })),
    },
    upper: {
      planId: upperId,
      indicators: indicators.filter((i) => i.plan_id === upperId).map(checked),
      tasks: nodes.map((n) => ({ id: n.id, title: n.title, assignedDown: true })),
    },
    links,
    quotas,
    year,
  });
  return findings.map((f) => ({ ...f, upperPlanId: upperId }));
}

/** Rule 4: for each additive indicator of `planId`, the plans implementing it, summed. */
async function aggregate(
  db: Db,
  planId: string,
  children: readonly string[],
  year: number,
): Promise<ConsistencyRow[]> {
  if (children.length === 0) return [];
  const facts = await planFacts(db, [planId]);
  const indicators = await indicatorsOfPlans(db.kysely, [planId, ...children]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const links = await db.kysely
    .selectFrom('indicator_links')
    .select(['plan_id', 'indicator_id', 'upper_indicator_id'])
    .where('upper_plan_id', '=', planId)
    .where('status', '=', 'confirmed')
    .execute();
  const childFacts = await planFacts(db, children);
  const out: ConsistencyRow[] = [];
  for (const upper of indicators.filter((i) => i.plan_id === planId).map(checked)) {
    const lowerTargets = links
      .filter((l) => l.upper_indicator_id === upper.id)
      .flatMap((l) => {
        const lower = byId.get(l.indicator_id);
        const value = lower ? headlineValue(targetInForce(checked(lower).def, year).target) : undefined;
        return value === undefined
          ? []
          : [{ government: childFacts.get(l.plan_id)?.government ?? '', value }];
      });
    const finding = aggregateShortfall({
      upper,
      upperGovernment: facts.get(planId)!.government,
      lowerTargets,
      missing: children.length - lowerTargets.length,
      year,
    });
    if (finding) out.push({ ...finding, upperPlanId: planId });
  }
  return out;
}

export async function consistencyReport(
  ctx: CommandContext,
  options: ConsistencyReportOptions,
): Promise<ConsistencyReport> {
  const access = await requirePlanAccess(ctx, options.planId, options.raise ? 'edit' : 'read');
  const findings = await findingsOf(ctx, options.planId, options.year);
  const raised = options.raise && access === 'edit' ? await raiseFindings(ctx, options.planId, findings) : [];
  return { planId: options.planId, year: options.year, findings, raised: raised.length };
}

async function findingsOf(ctx: CommandContext, planId: string, year: number): Promise<ConsistencyRow[]> {
  const [asLower, asUpper] = await Promise.all([
    listPlanRelations(ctx.db.kysely, { planId }),
    listPlanRelations(ctx.db.kysely, { parentPlanId: planId }),
  ]);
  const findings: ConsistencyRow[] = [];
  for (const { parent_plan_id: upperId } of asLower)
    findings.push(...(await againstUpper(ctx.db, planId, upperId, year)));
  findings.push(
    ...(await aggregate(
      ctx.db,
      planId,
      asUpper.map((r) => r.plan_id),
      year,
    )),
  );
  return findings;
}

/** The findings as warnings to the plan office (keyed: a finding already raised is not raised again). */
function raiseFindings(ctx: CommandContext, planId: string, findings: readonly ConsistencyRow[]) {
  return raiseWarnings(
    ctx.db.kysely,
    ctx.caller.actor,
    findings.map((f) => ({
      key: f.key,
      level: f.level,
      kind: f.code,
      subjectType: f.subjectType,
      subjectId: f.subjectId,
      reason: f.reason,
      reasonEn: f.reasonEn,
      planId,
      unitId: null,
    })),
  );
}

/**
 * The sweep's step (run by the scheduler and `gangmu sweep`): every plan in a relation — implementing
 * another or implemented by one — checked as of its evaluation year, findings raised as warnings. A quota
 * recorded, a link confirmed or a value entered since the last run shows up here without anyone asking.
 */
export async function sweepConsistency(
  ctx: CommandContext,
  scope: { readonly today: string; readonly planId?: string; readonly asOfYear?: number },
): Promise<{ checked: number; raised: WarningsTable[] }> {
  const related = new Set(
    (await listPlanRelations(ctx.db.kysely)).flatMap((r) => [r.plan_id, r.parent_plan_id]),
  );
  const plans = (await plansToSweep(ctx.db.kysely, scope.planId)).filter((p) => related.has(p.id));
  const raised: WarningsTable[] = [];
  for (const plan of plans) {
    const period = { start: plan.period_start, end: plan.period_end };
    const year = evaluationYear({ requested: scope.asOfYear, today: scope.today, period });
    raised.push(...(await raiseFindings(ctx, plan.id, await findingsOf(ctx, plan.id, year))));
  }
  return { checked: plans.length, raised };
}
