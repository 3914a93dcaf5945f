/** What every rule needs to know about the indicator, the years and the constants (SPEC §2.3). */
import type { Attribute, EvaluationConstants, Flag, Stage, Status } from './types.ts';

export interface RuleContext {
  readonly attribute: Attribute;
  readonly baseYear: number;
  readonly targetYear: number;
  /** N = T − baseYear */
  readonly periodYears: number;
  readonly asOfYear: number;
  readonly c: EvaluationConstants;
  readonly stage?: Stage | undefined;
}

/** Collects flags in first-added order without duplicates. */
export class FlagSet {
  private readonly flags: Flag[] = [];
  add(flag: Flag): void {
    if (!this.flags.includes(flag)) this.flags.push(flag);
  }
  has(flag: Flag): boolean {
    return this.flags.includes(flag);
  }
  list(): readonly Flag[] {
    return [...this.flags];
  }
}

/**
 * The pace ladder of SPEC §2.3: R = task share ÷ time share, compared with the green, yellow and red
 * lines. `early` (one year of change) caps red to yellow unless the movement went the wrong way.
 */
export function ladder(
  paceRatio: number,
  opts: { ctx: RuleContext; final: boolean; early: boolean; flags: FlagSet },
): Status {
  const { ctx, final, early, flags } = opts;
  const { c } = ctx;
  if (final) {
    if (paceRatio >= 1 - c.EPS) return 'ACHIEVED';
    if (ctx.attribute === 'expected' && paceRatio >= c.ON_TRACK_MIN_RATIO_EXPECTED - c.EPS)
      return 'NEARLY_ACHIEVED';
    return 'NOT_ACHIEVED';
  }
  const onMin = ctx.attribute === 'binding' ? c.ON_TRACK_MIN_RATIO_BINDING : c.ON_TRACK_MIN_RATIO_EXPECTED;
  if (paceRatio >= onMin - c.EPS) {
    if (paceRatio >= c.AHEAD_MIN_RATIO - c.EPS) flags.add('AHEAD');
    return 'ON_TRACK';
  }
  if (paceRatio >= c.AT_RISK_MIN_RATIO - c.EPS) return 'AT_RISK';
  if (early && c.EARLY_YEAR_CAP && paceRatio >= -c.EPS) return 'AT_RISK';
  return 'OFF_TRACK';
}
