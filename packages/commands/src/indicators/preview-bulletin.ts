/**
 * The bulletin preview: a 统计公报 (or 政府工作报告) read against a plan's indicators, each figure shown beside the
 * value already recorded for that year (docs/bulletin.md). Nothing is written: applying accepted figures as draft
 * values waits for the value-review storage. A reporter sees its own unit's indicators only (unit scope).
 */
import type { Diagnostic } from '@gangmu/domain';
import { maySeeUnit } from '@gangmu/domain';
import { readBulletin, type BulletinFigure, type BulletinIndicator } from '@gangmu/importer';
import { getPlan, planYearlyObservations } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export interface PreviewBulletinOptions {
  readonly planId: string;
  /** The bulletin as sent: text (UTF-8, GB18030…), HTML or .docx. */
  readonly bytes: Uint8Array;
}

export interface BulletinProposal extends BulletinFigure {
  readonly name: string;
  /** What is recorded for the indicator that year, if anything. */
  readonly current: { readonly value?: number; readonly pct?: number } | null;
  /** new: nothing recorded; same: the recorded figure equals the bulletin's; different: review before applying. */
  readonly change: 'new' | 'same' | 'different';
}

export interface BulletinPreview {
  readonly year: number | null;
  readonly format: string | null;
  readonly proposals: readonly BulletinProposal[];
  readonly missing: readonly { readonly indicatorId: string; readonly name: string }[];
  readonly diagnostics: readonly Diagnostic[];
}

function changeOf(figure: BulletinFigure, current: BulletinProposal['current']): BulletinProposal['change'] {
  if (!current) return 'new';
  const same = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || a === b;
  const comparable =
    (figure.value !== undefined && current.value !== undefined) ||
    (figure.pct !== undefined && current.pct !== undefined);
  if (!comparable) return 'new';
  return same(figure.value, current.value) && same(figure.pct, current.pct) ? 'same' : 'different';
}

export async function previewBulletin(
  ctx: CommandContext,
  o: PreviewBulletinOptions,
): Promise<BulletinPreview> {
  const plan = await getPlan(ctx.db.kysely, o.planId);
  const rows = plan.indicators.filter((i) => maySeeUnit(ctx.caller, i.unitId));
  const indicators: BulletinIndicator[] = rows.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    ...(i.kind === 'growth_rate' ? { kind: 'growth' as const } : {}),
  }));
  const names = new Map(rows.map((i) => [i.id, i.name]));
  const reading = readBulletin(o.bytes, indicators);
  const observed = await planYearlyObservations(ctx.db.kysely, plan.id);
  const proposals = reading.figures.map((f): BulletinProposal => {
    const v = (observed.get(f.indicatorId) ?? []).find((x) => x.year === f.year);
    const current = v
      ? { ...('value' in v ? { value: v.value } : {}), ...('pct' in v ? { pct: v.pct } : {}) }
      : null;
    return { ...f, name: names.get(f.indicatorId) ?? '', current, change: changeOf(f, current) };
  });
  return {
    year: reading.year,
    format: reading.format,
    proposals,
    missing: reading.missing.map((id) => ({ indicatorId: id, name: names.get(id) ?? '' })),
    diagnostics: reading.diagnostics,
  };
}
