/**
 * Public accountability: per plan and per unit, opinions received, answered, answered on time, the average
 * handling time (working days from posting to the published answer) and satisfaction; and the published
 * opinions with their answers, for the portal's pages (an indicator's page shows its own). Nothing personal.
 */
import { workingDaysBetween, type HolidayCalendar } from '@gangmu/domain';
import { listOpinionRows, listUnits, type OpinionsTable } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { holidayCalendars } from './opinion-common.ts';

export interface OpinionCounts {
  readonly received: number;
  readonly answered: number;
  readonly onTime: number;
  /** Mean working days from posting to publication of the answer; null before the first answer. */
  readonly averageWorkingDays: number | null;
  readonly rated: number;
  /** Share of rated answers rated 满意 or 基本满意; null when none is rated. */
  readonly satisfaction: number | null;
}

export interface OpinionStatistics {
  readonly plan: OpinionCounts;
  readonly units: readonly (OpinionCounts & { readonly unitId: string; readonly unitName: string })[];
}

const COUNTED = (o: OpinionsTable) => o.handling_state !== 'declined' && o.handling_state !== 'merged';

function counts(rows: readonly OpinionsTable[], calendars: readonly HolidayCalendar[]): OpinionCounts {
  const answered = rows.filter((o) => o.handling_state === 'published' && o.published_at);
  const onTime = answered.filter((o) => o.deadline && o.answered_at && shanghai(o.answered_at) <= o.deadline);
  const days = answered.map(
    (o) =>
      workingDaysBetween(o.posted_on ?? shanghai(o.created_at), shanghai(o.published_at!), calendars).value,
  );
  const rated = rows.filter((o) => o.rating);
  const content = rated.filter((o) => o.rating === 'satisfied' || o.rating === 'basically_satisfied');
  return {
    received: rows.length,
    answered: answered.length,
    onTime: onTime.length,
    averageWorkingDays: days.length
      ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
      : null,
    rated: rated.length,
    satisfaction: rated.length ? Math.round((content.length / rated.length) * 1000) / 1000 : null,
  };
}

const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export async function opinionStatistics(
  ctx: CommandContext,
  o: { planId: string },
): Promise<OpinionStatistics> {
  const [rows, units, calendars] = await Promise.all([
    listOpinionRows(ctx.db.kysely, { planId: o.planId }),
    listUnits(ctx.db.kysely),
    holidayCalendars(ctx.db),
  ]);
  const counted = rows.filter(COUNTED);
  const byUnit = new Map<string, OpinionsTable[]>();
  for (const r of counted)
    if (r.unit_id) (byUnit.get(r.unit_id) ?? byUnit.set(r.unit_id, []).get(r.unit_id)!).push(r);
  return {
    plan: counts(counted, calendars),
    units: units
      .filter((u) => byUnit.has(u.id))
      .map((u) => ({ unitId: u.id, unitName: u.name, ...counts(byUnit.get(u.id)!, calendars) })),
  };
}

export interface PublishedOpinion {
  readonly trackingCode: string | null;
  readonly targetType: OpinionsTable['target_type'];
  readonly targetId: string | null;
  readonly authorName: string | null;
  readonly content: string;
  readonly postedOn: string | null;
  readonly unitName: string | null;
  readonly answer: string;
  readonly publishedAt: string;
  readonly taskLinked: boolean;
  readonly rating: OpinionsTable['rating'];
}

/** Published opinions and answers of a plan, or of one of its targets (an indicator's page). */
export async function listPublishedOpinions(
  ctx: CommandContext,
  o: { planId: string; targetType?: OpinionsTable['target_type']; targetId?: string },
): Promise<readonly PublishedOpinion[]> {
  const [rows, units] = await Promise.all([
    listOpinionRows(ctx.db.kysely, {
      planId: o.planId,
      states: ['published'],
      ...(o.targetType ? { targetType: o.targetType } : {}),
      ...(o.targetId ? { targetId: o.targetId } : {}),
    }),
    listUnits(ctx.db.kysely),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    trackingCode: r.tracking_code,
    targetType: r.target_type,
    targetId: r.target_id,
    authorName: r.author_name,
    content: r.content,
    postedOn: r.posted_on,
    unitName: r.unit_id ? (names.get(r.unit_id) ?? null) : null,
    answer: r.answer ?? '',
    publishedAt: r.published_at ?? '',
    taskLinked: r.task_id !== null,
    rating: r.rating,
  }));
}
