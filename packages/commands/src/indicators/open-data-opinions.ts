/**
 * Open data of public participation: a published plan's opinions whose answers are published, with those
 * answers — only what the portal already shows (what it is about, the text, the day posted, the stage, the
 * answering unit, the answer, when it was published, whether it was taken into the plan, the rating). Never the
 * author's name, contact, e-mail, network address, tracking code or private link.
 */
import type { OutlineNodeView, PlanView } from '@gangmu/storage';
import { listOpinionRows, listUnits, type OpinionsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { publishedPlan } from './plan-copy.ts';

export interface OpenDataOpinionRow {
  readonly no: number;
  readonly targetType: OpinionsTable['target_type'];
  readonly targetId: string | null;
  /** The plan's title, the chapter or item, the indicator or the project, as the published plan names it. */
  readonly targetName: string;
  readonly content: string;
  /** YYYY-MM-DD in Asia/Shanghai. */
  readonly postedOn: string | null;
  /** The public stage, as the tracking page says it: always 已答复 here. */
  readonly stage: string;
  readonly unitName: string;
  readonly answer: string;
  readonly publishedAt: string;
  /** 是 when the plan office took it into a task of the plan (纳入规划实施). */
  readonly taskLinked: boolean;
  /** 满意 / 基本满意 / 不满意, or '' before the visitor rates it. */
  readonly rating: string;
}

export interface OpenDataOpinions {
  readonly plan: Pick<PlanView, 'id' | 'title' | 'issuer' | 'period'>;
  readonly rows: readonly OpenDataOpinionRow[];
}

const RATING: Record<NonNullable<OpinionsTable['rating']>, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

function targetName(plan: PlanView, type: OpinionsTable['target_type'], id: string | null): string {
  if (type === 'plan' || !id) return plan.title;
  if (type === 'indicator') return plan.indicators.find((i) => i.id === id)?.name ?? '';
  if (type === 'project') return plan.projects.find((p) => p.id === id)?.name ?? '';
  return nodeTitle(plan.outline, id);
}

function nodeTitle(nodes: readonly OutlineNodeView[], id: string): string {
  for (const n of nodes) {
    if (n.id === id) return n.title;
    const found = nodeTitle(n.children, id);
    if (found) return found;
  }
  return '';
}

export async function openDataOpinions(
  ctx: CommandContext,
  o: { readonly planId: string },
): Promise<OpenDataOpinions> {
  const plan = await publishedPlan(ctx, o.planId);
  const [rows, units] = await Promise.all([
    listOpinionRows(ctx.db.kysely, { planId: plan.id, states: ['published'] }),
    listUnits(ctx.db.kysely),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const { id, title, issuer, period } = plan;
  return {
    plan: { id, title, issuer, period },
    rows: rows.map((r, i): OpenDataOpinionRow => ({
      no: i + 1,
      targetType: r.target_type,
      targetId: r.target_id,
      targetName: targetName(plan, r.target_type, r.target_id),
      content: r.content,
      postedOn: r.posted_on,
      stage: '已答复',
      unitName: (r.unit_id && names.get(r.unit_id)) || '',
      answer: r.answer ?? '',
      publishedAt: r.published_at ?? '',
      taskLinked: r.task_id !== null,
      rating: r.rating ? RATING[r.rating] : '',
    })),
  };
}
