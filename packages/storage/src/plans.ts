/** Plans: import a draft into rows, read, publish, read earlier versions, rebuild as of a past moment. */
import type { Kysely } from 'kysely';
import { toIndicatorDef, type Diagnostic, type PlanDraft } from '@gangmu/domain';
import type { Actor } from './audit.ts';
import type { Database, IndicatorsTable, OutlineNodesTable, PlansTable, ProjectsTable } from './schema.ts';
import { insertInChunks } from './batch.ts';
import { buildPlanView, type PlanView } from './plan-tree.ts';
import { newId, StorageError, updateVersioned, write } from './write.ts';

export interface ImportPlanInput {
  readonly draft: PlanDraft;
  readonly diagnostics: readonly Diagnostic[];
  readonly sourceText: string | null;
  readonly sourceFormat: string | null;
  readonly title?: string;
}

/** Stores an imported draft as rows (plan, outline nodes, indicators, projects), every row an audit event. */
export async function importPlan(
  db: Kysely<Database>,
  actor: Actor,
  input: ImportPlanInput,
): Promise<string> {
  const { draft } = input;
  return write(db, actor, async ({ trx, at, record }) => {
    const plan: PlansTable = {
      id: newId(),
      title: input.title ?? draft.title ?? '未命名规划',
      issuer: draft.issuer,
      period_start: draft.period?.start ?? null,
      period_end: draft.period?.end ?? null,
      vision_year: draft.period?.vision ?? null,
      base_year: draft.baseYear,
      status: 'draft',
      published_version: 0,
      source_format: input.sourceFormat,
      source_text: input.sourceText,
      diagnostics: JSON.stringify(input.diagnostics),
      created_at: at,
      updated_at: at,
      version: 1,
      data_stamp: 1,
    };
    await trx.insertInto('plans').values(plan).execute();
    const { source_text: _s, diagnostics: _d, ...planForAudit } = plan;
    record({
      action: 'plan.import',
      entity: 'plan',
      entityId: plan.id,
      planId: plan.id,
      before: null,
      after: planForAudit,
    });

    const nodes: OutlineNodesTable[] = [];
    let position = 0;
    const node = (
      parent: string | null,
      kind: OutlineNodesTable['kind'],
      no: number,
      title: string,
      body: string,
    ) => {
      const n: OutlineNodesTable = {
        id: newId(),
        plan_id: plan.id,
        parent_id: parent,
        kind,
        no,
        title,
        body,
        position: position++,
        version: 1,
      };
      nodes.push(n);
      return n.id;
    };
    const partIds = new Map<number, string>();
    for (const p of draft.parts) partIds.set(p.no, node(null, 'part', p.no, p.title, ''));
    for (const c of draft.chapters) {
      const chapterId = node(
        c.part != null ? (partIds.get(c.part) ?? null) : null,
        'chapter',
        c.no,
        c.title,
        c.text ?? '',
      );
      for (const s of c.sections) {
        const sectionId = node(chapterId, 'section', s.no, s.title, s.text ?? '');
        for (const it of s.items) node(sectionId, 'item', it.no, it.title, it.text);
      }
    }
    const indicators: IndicatorsTable[] = draft.indicators.map((row, i) => {
      const id = newId();
      const { id: _id, ...definition } = toIndicatorDef(row, {
        id,
        ...(draft.baseYear !== null ? { baseYear: draft.baseYear } : {}),
        ...(draft.period ? { targetYear: draft.period.end } : {}),
      });
      return {
        id,
        plan_id: plan.id,
        position: i + 1,
        category: row.category,
        name: row.name,
        unit: row.unit,
        attribute: definition.attribute,
        kind: definition.kind,
        previous_period: row.previousPeriod,
        target_text: row.target,
        definition: JSON.stringify(definition),
        unit_id: null,
        version: 1,
      };
    });
    const projects: ProjectsTable[] = draft.boxes.flatMap((b) =>
      b.projects.map((p) => ({
        id: newId(),
        plan_id: plan.id,
        box_no: b.no,
        box_title: b.title,
        no: p.no,
        name: p.name,
        description: p.description,
        chapter_no: b.chapter,
        section_no: b.section,
        unit_id: null,
        version: 1,
      })),
    );
    await insertInChunks(trx, 'outline_nodes', nodes);
    await insertInChunks(trx, 'indicators', indicators);
    await insertInChunks(trx, 'projects', projects);
    for (const n of nodes)
      record({
        action: 'node.create',
        entity: 'node',
        entityId: n.id,
        planId: plan.id,
        before: null,
        after: n,
      });
    for (const r of indicators)
      record({
        action: 'indicator.create',
        entity: 'indicator',
        entityId: r.id,
        planId: plan.id,
        before: null,
        after: r,
      });
    for (const p of projects)
      record({
        action: 'project.create',
        entity: 'project',
        entityId: p.id,
        planId: plan.id,
        before: null,
        after: p,
      });
    return plan.id;
  });
}

/** The few columns the hot read paths need: never the source text or the diagnostics. */
export async function getPlanHead(db: Kysely<Database>, planId: string) {
  const plan = await db
    .selectFrom('plans')
    .select(['id', 'published_version', 'data_stamp', 'version', 'period_start', 'period_end', 'base_year'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw new StorageError('NOT_FOUND', `plan ${planId} not found`, { planId });
  return plan;
}

export async function getPlanRow(db: Kysely<Database>, planId: string): Promise<PlansTable> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw new StorageError('NOT_FOUND', `plan ${planId} not found`, { planId });
  return plan;
}

/** The working copy of a plan, as stored now. */
export async function getPlan(db: Kysely<Database>, planId: string): Promise<PlanView> {
  const plan = await getPlanRow(db, planId);
  const [nodes, indicators, projects] = await Promise.all([
    db.selectFrom('outline_nodes').selectAll().where('plan_id', '=', planId).execute(),
    db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).execute(),
    db.selectFrom('projects').selectAll().where('plan_id', '=', planId).execute(),
  ]);
  return buildPlanView(plan, nodes, indicators, projects);
}

export async function listPlans(db: Kysely<Database>, opts: { publishedOnly: boolean }) {
  let q = db
    .selectFrom('plans')
    .select([
      'id',
      'title',
      'issuer',
      'period_start',
      'period_end',
      'base_year',
      'status',
      'published_version',
      'version',
      'updated_at',
    ]);
  if (opts.publishedOnly) q = q.where('published_version', '>', 0);
  return q.orderBy('updated_at', 'desc').execute();
}

/** Freezes the working copy as the next published version; the public sees it from now on. */
export async function publishPlan(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  expectedVersion: number,
): Promise<{ number: number; version: number }> {
  return write(db, actor, async ({ trx, at, record }) => {
    const current = await getPlanRow(trx, planId);
    const number = current.published_version + 1;
    const { before, after } = await updateVersioned(trx, 'plans', planId, expectedVersion, {
      status: 'published',
      published_version: number,
      updated_at: at,
    });
    const view = await getPlan(trx, planId);
    const snapshot = {
      ...view,
      status: 'published' as const,
      publishedVersion: number,
      version: after.version,
    };
    const versionRow = {
      id: newId(),
      plan_id: planId,
      number,
      snapshot: JSON.stringify(snapshot),
      published_at: at,
      published_by: actor.id,
    };
    await trx.insertInto('plan_versions').values(versionRow).execute();
    const strip = ({ source_text: _s, diagnostics: _d, ...p }: PlansTable) => p;
    record({
      action: 'plan.publish',
      entity: 'plan',
      entityId: planId,
      planId,
      before: strip(before),
      after: strip(after),
    });
    return { number, version: after.version };
  });
}

export async function getPublishedVersion(
  db: Kysely<Database>,
  planId: string,
  number?: number,
): Promise<PlanView & { publishedAt: string }> {
  let q = db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId);
  q = number === undefined ? q.orderBy('number', 'desc') : q.where('number', '=', number);
  const row = await q.executeTakeFirst();
  if (!row)
    throw new StorageError(
      'NOT_FOUND',
      `plan ${planId} has no published version${number ? ` ${number}` : ''}`,
      { planId, number },
    );
  return { ...(JSON.parse(row.snapshot) as PlanView), publishedAt: row.published_at };
}

export const listPublishedVersions = (db: Kysely<Database>, planId: string) =>
  db
    .selectFrom('plan_versions')
    .select(['number', 'published_at', 'published_by'])
    .where('plan_id', '=', planId)
    .orderBy('number')
    .execute();

/**
 * The plan as it was at `at`, rebuilt from the audit trail alone: the last recorded state of every row of
 * the plan at or before that moment.
 */
export async function getPlanAsOf(db: Kysely<Database>, planId: string, at: string): Promise<PlanView> {
  const events = await db
    .selectFrom('audit_events')
    .select(['entity', 'entity_id', 'after'])
    .where('plan_id', '=', planId)
    .where('at', '<=', at)
    .orderBy('seq')
    .execute();
  const state = {
    plan: undefined as PlansTable | undefined,
    node: new Map<string, OutlineNodesTable | null>(),
    indicator: new Map<string, IndicatorsTable | null>(),
    project: new Map<string, ProjectsTable | null>(),
  };
  for (const e of events) {
    const after = e.after === null ? null : JSON.parse(e.after);
    if (e.entity === 'plan' && after)
      state.plan = { diagnostics: '[]', source_text: null, ...state.plan, ...after };
    else if (e.entity === 'node') state.node.set(e.entity_id, after);
    else if (e.entity === 'indicator') state.indicator.set(e.entity_id, after);
    else if (e.entity === 'project') state.project.set(e.entity_id, after);
  }
  if (!state.plan)
    throw new StorageError('NOT_FOUND', `plan ${planId} did not exist at ${at}`, { planId, asOf: at });
  const live = <T>(m: Map<string, T | null>) => [...m.values()].filter((v): v is T => v !== null);
  return buildPlanView(state.plan, live(state.node), live(state.indicator), live(state.project));
}
