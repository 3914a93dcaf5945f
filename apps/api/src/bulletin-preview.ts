/**
 * The bulletin preview: a 统计公报 (or 政府工作报告) read against a plan's indicators, each figure shown beside the value
 * already recorded for that year. Read-only: applying accepted figures as draft values waits for the value-review
 * storage (docs/bulletin.md). It moves to packages/commands (`read-bulletin.ts`) when that package exists.
 */
import { readBulletin, type BulletinFigure, type BulletinIndicator } from '@gangmu/importer';
import { getPlan, planYearlyObservations, type Db } from '@gangmu/storage';
import type { Diagnostic } from '@gangmu/domain';

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

/** Reads `bytes` against the plan's indicators (a reporter's unit's only, when `unitId` is given). */
export async function previewBulletin(
  db: Db,
  planId: string,
  bytes: Uint8Array,
  opts: { unitId?: string | null } = {},
): Promise<BulletinPreview> {
  const plan = await getPlan(db.kysely, planId);
  const rows = plan.indicators.filter((i) => opts.unitId === undefined || i.unitId === opts.unitId);
  const indicators: BulletinIndicator[] = rows.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    ...(i.kind === 'growth_rate' ? { kind: 'growth' as const } : {}),
  }));
  const names = new Map(rows.map((i) => [i.id, i.name]));
  const reading = readBulletin(bytes, indicators);
  const observed = await planYearlyObservations(db.kysely, planId);
  const proposals = reading.figures.map((f): BulletinProposal => {
    const o = (observed.get(f.indicatorId) ?? []).find((x) => x.year === f.year);
    const current = o
      ? { ...('value' in o ? { value: o.value } : {}), ...('pct' in o ? { pct: o.pct } : {}) }
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
