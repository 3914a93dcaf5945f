/**
 * Property tests of the SPEC v2 invariants (SPEC §3, invariants 4–7): summary counts that add up, levels
 * that never disturb a complete chain of published growth, one label in the reason, and the final year
 * before its data. The v1 invariants are in invariants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateIndicator } from './evaluate-indicator.ts';
import { LABELS, statusLabel } from './labels.ts';
import { formatReason } from './reasons.ts';
import { summarizePlan } from './summary.ts';
import { KINDS, type Assessment, type IndicatorDef, type Kind, type Observation } from './types.ts';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const attribute = fc.constantFrom<'expected' | 'binding'>('expected', 'binding');
const level = fc.double({ min: 1, max: 1000, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: -15, max: 25, noNaN: true, noDefaultInfinity: true });

/** A year of data as statistics offices publish it: nothing, the growth, the level, or both. */
const yearOf = fc.record({
  pct: fc.option(rate, { nil: undefined }),
  value: fc.option(level, { nil: undefined }),
  qualifier: fc.constantFrom(undefined, 'over', 'about', 'under'),
});

const observations = fc.array(yearOf, { minLength: 6, maxLength: 6 }).map((ys) =>
  ys.flatMap((y, i): Observation[] =>
    y.pct === undefined && y.value === undefined
      ? []
      : [
          {
            year: YEARS[i]!,
            ...(y.pct !== undefined ? { pct: y.pct } : {}),
            ...(y.value !== undefined ? { value: y.value } : {}),
            ...(y.qualifier ? { qualifier: y.qualifier as 'over' } : {}),
          },
        ],
  ),
);

const GDP: IndicatorDef = {
  id: 'g',
  nameZh: '地区生产总值年均增速',
  unit: '%',
  attribute: 'expected',
  kind: 'growth_rate',
  target: { lo: 7, hi: 7.5 },
};

/** Any indicator with any series, evaluated in any year of the period or just after it. */
const anyCase = fc
  .record({
    kind: fc.constantFrom<Kind>(...KINDS),
    attribute,
    lo: fc.double({ min: 0.5, max: 12, noNaN: true }),
    value: level,
    obs: observations,
    year: fc.integer({ min: 2021, max: 2027 }),
    revised: fc.boolean(),
  })
  .map(({ kind, attribute: a, lo, value, obs, year, revised }) => {
    const target =
      kind === 'growth_rate'
        ? { lo, hi: lo + 1 }
        : kind === 'level_band'
          ? { lo: value, hi: value * 1.2 }
          : kind === 'cumulative_change'
            ? { value: Math.min(lo * 3, 40) }
            : { value };
    const def: IndicatorDef = {
      id: 'p',
      nameZh: '指标',
      unit: kind === 'growth_rate' || kind === 'cumulative_change' ? '%' : '亿元',
      attribute: a,
      kind,
      target,
      ...(kind === 'linked' ? { linked: { sourcePlan: '市', note: '达市标准' } } : {}),
      ...(kind === 'qualitative'
        ? { manual: { status: year >= 2025 ? 'ACHIEVED' : 'ON_TRACK', evidence: '评审', date: '2024-01-01' } }
        : {}),
      ...(revised ? { targetHistory: [{ from: 2023, target }] } : {}),
    } as IndicatorDef;
    // Reductions above 100 % are impossible; clip them so every case is valid input.
    const clean =
      kind === 'cumulative_change'
        ? obs.map((o) => (o.pct !== undefined ? { ...o, pct: Math.min(o.pct, 50) } : o))
        : obs;
    return { def, obs: clean, year };
  });

const assess = (def: IndicatorDef, obs: readonly Observation[], year: number): Assessment => {
  const r = evaluateIndicator(def, obs, { asOfYear: year, stage: 'in_progress' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

const ALL_LABELS = Object.values(LABELS['zh-CN']);

describe('evaluation invariants (SPEC v2)', () => {
  it('4. the summary counts add up to N in the mid-term and the final form', () => {
    fc.assert(
      fc.property(fc.array(anyCase, { minLength: 1, maxLength: 20 }), fc.boolean(), (cases, final) => {
        const rows = cases.map(({ def, obs, year }) => ({
          attribute: def.attribute,
          assessment: assess(def, obs, year),
        }));
        const s = summarizePlan(rows, { final });
        const parts =
          s.form === 'final'
            ? s.achieved + s.nearlyAchieved + s.notAchieved + s.pending + s.notAssessable
            : s.achieved + s.ahead + s.onTrack + s.behind + s.notAssessable;
        expect(parts).toBe(rows.length);
        if (s.form === 'final') expect(s.pendingLikely + s.pendingUnlikely).toBe(s.pending);
        expect(s.total).toBe(rows.length);
      }),
      { numRuns: 500 },
    );
  });

  it('5. levels never change the average of a chain of published growth without gaps', () => {
    fc.assert(
      fc.property(
        fc.array(rate, { minLength: 1, maxLength: 5 }),
        fc.array(fc.option(level, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        (rates, levels) => {
          const def = GDP;
          const k = 2020 + rates.length;
          const chain = rates.map((pct, i) => ({ year: 2021 + i, pct }));
          const mixed = YEARS.filter((y) => y <= k)
            .map((year, i) => ({
              year,
              ...(year > 2020 ? { pct: rates[year - 2021]! } : {}),
              ...(levels[i] !== undefined ? { value: levels[i] } : {}),
            }))
            .filter((o) => o.pct !== undefined || o.value !== undefined);
          expect(assess(def, mixed, k).projectedValue).toBeCloseTo(assess(def, chain, k).projectedValue!, 9);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('5. a level added to a year with a growth rate changes the average only by opening or closing a bridge there', () => {
    const def = GDP;
    fc.assert(
      fc.property(observations, fc.integer({ min: 1, max: 5 }), level, (obs, at, x) => {
        const year = YEARS[at]!;
        const there = obs.find((o) => o.year === year);
        if (!there || there.pct === undefined || there.value !== undefined) return;
        const k = Math.max(...obs.map((o) => o.year));
        const before = assess(def, obs, k);
        const after = assess(def, [...obs, { year, value: x }], k);
        if (before.projectedValue === undefined || after.projectedValue === undefined) return;
        if (Math.abs(before.projectedValue - after.projectedValue) < 1e-9) return;
        const pctAt = (y: number) => obs.some((o) => o.year === y && o.pct !== undefined);
        // A bridge starts at `year` if the next year has no rate; it ends there if some earlier year has none.
        const opens = year < k && !pctAt(year + 1);
        const closes = YEARS.some((y) => y > 2020 && y < year && !pctAt(y));
        expect(opens || closes).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('6. a reason opens with the label of its status and flags, and names no other label', () => {
    fc.assert(
      fc.property(anyCase, ({ def, obs, year }) => {
        const a = assess(def, obs, year);
        const label = statusLabel(a.status, a.flags);
        const text = formatReason(a.reason);
        expect(text.startsWith(`${label}：`)).toBe(true);
        const body = text.slice(label.length + 1);
        for (const other of ALL_LABELS) expect(body.includes(other), `${other} in ${text}`).toBe(false);
        const en = statusLabel(a.status, a.flags, 'en');
        expect(formatReason(a.reason, 'en').toLowerCase().startsWith(`${en}:`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('7. FINAL_DATA_PENDING never rides on NOT_ASSESSABLE, and NOT_ASSESSABLE always counts as not assessable', () => {
    fc.assert(
      fc.property(anyCase, ({ def, obs, year }) => {
        const a = assess(def, obs, year);
        if (a.flags.includes('FINAL_DATA_PENDING')) expect(a.status).not.toBe('NOT_ASSESSABLE');
        const T = 2025;
        if (
          year >= T &&
          a.latestYear !== undefined &&
          a.latestYear < T &&
          a.status !== 'NOT_ASSESSABLE' &&
          !a.flags.includes('MANUAL')
        )
          expect(a.flags).toContain('FINAL_DATA_PENDING');
        for (const final of [true, false]) {
          const s = summarizePlan([{ attribute: def.attribute, assessment: a }], { final });
          expect(s.notAssessable).toBe(a.status === 'NOT_ASSESSABLE' ? 1 : 0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('STALE_DATA exactly when the evaluation year is two or more years past the data', () => {
    fc.assert(
      fc.property(anyCase, ({ def, obs, year }) => {
        const a = assess(def, obs, year);
        const stale = a.status !== 'NOT_ASSESSABLE' && a.latestYear !== undefined && year - a.latestYear >= 2;
        expect(a.flags.includes('STALE_DATA')).toBe(stale);
      }),
      { numRuns: 1000 },
    );
  });
});
