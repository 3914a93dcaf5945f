/** Property tests of the engine's invariants (SPEC §3, "Invariants to test as well"). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateIndicator } from './evaluate-indicator.ts';
import type { Assessment, IndicatorDef, Observation, Status } from './types.ts';

const attribute = fc.constantFrom<'expected' | 'binding'>('expected', 'binding');
const value = fc.double({ min: 0.5, max: 500, noNaN: true, noDefaultInfinity: true });

/** A level target with a base-year value and later values, the latest in `latestYear`. */
const levelCase = fc.record({
  kind: fc.constantFrom<'level_min' | 'level_max'>('level_min', 'level_max'),
  attribute,
  mode: fc.constantFrom<'reach' | 'hold' | undefined>('reach', 'hold', undefined),
  scale: fc.constantFrom<'rate' | 'amount'>('rate', 'amount'),
  limited: fc.boolean(),
  target: value,
  base: value,
  middle: fc.array(value, { maxLength: 3 }),
  latest: value,
  latestYear: fc.integer({ min: 2021, max: 2025 }),
});

type LevelCase = typeof levelCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: LevelCase): { def: IndicatorDef; obs: Observation[] } {
  const def: IndicatorDef = {
    id: 'p',
    nameZh: '指标',
    unit: c.scale === 'amount' ? '亿元' : '%',
    attribute: c.attribute,
    kind: c.kind,
    target: { value: c.target },
    ...(c.mode ? { mode: c.mode } : {}),
    scale: c.scale,
    ...(c.limited ? { naturalLimit: c.target } : {}),
  };
  const obs: Observation[] = [{ year: 2020, value: c.base }];
  c.middle.forEach((v, i) => {
    if (2021 + i < c.latestYear) obs.push({ year: 2021 + i, value: v });
  });
  obs.push({ year: c.latestYear, value: c.latest });
  return { def, obs };
}

const assess = (def: IndicatorDef, obs: Observation[], extra: object = {}): Assessment => {
  const r = evaluateIndicator(def, obs, { asOfYear: 2025, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

const RANK: Record<Status, number> = {
  NOT_ACHIEVED: 0,
  OFF_TRACK: 0,
  AT_RISK: 1,
  NEARLY_ACHIEVED: 1,
  ON_TRACK: 2,
  ACHIEVED: 3,
  NOT_ASSESSABLE: -1,
};

describe('evaluation invariants', () => {
  it('reach targets: projectedMeetsTarget ⇔ R ≥ 1', () => {
    fc.assert(
      fc.property(levelCase, (c) => {
        const { def, obs } = build(c);
        const a = assess(def, obs);
        if (a.paceRatio !== undefined && a.projectedMeetsTarget !== undefined) {
          expect(a.projectedMeetsTarget).toBe(a.paceRatio >= 1 - 1e-9);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('raising the latest value of a floor target never worsens its status', () => {
    fc.assert(
      fc.property(levelCase, fc.double({ min: 0, max: 200, noNaN: true }), (c, raise) => {
        const { def, obs } = build({ ...c, kind: 'level_min' });
        const before = assess(def, obs);
        const raised = obs.map((o, i) =>
          i === obs.length - 1 && o.value !== undefined ? { year: o.year, value: o.value + raise } : o,
        );
        const after = assess(def, raised);
        // NOT_ASSESSABLE (a single value below target) may only turn into an assessment, never appear.
        if (before.status !== 'NOT_ASSESSABLE')
          expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
      }),
      { numRuns: 2000 },
    );
  });

  it('results in the final year are never ON_TRACK, AT_RISK or OFF_TRACK, for every kind', () => {
    const growth = fc.array(fc.double({ min: -20, max: 30, noNaN: true }), { minLength: 5, maxLength: 5 });
    const kindCase = fc.oneof(
      levelCase.map((c) => build({ ...c, latestYear: 2025 })),
      fc.tuple(growth, attribute, value).map(([g, a, lo]) => ({
        def: {
          id: 'g',
          nameZh: 'g',
          unit: '%',
          attribute: a,
          kind: 'growth_rate',
          target: { lo: lo / 50, hi: lo / 40 },
        } as IndicatorDef,
        obs: g.map((pct, i) => ({ year: 2021 + i, pct })),
      })),
      fc.tuple(growth, attribute, fc.double({ min: 1, max: 40, noNaN: true })).map(([g, a, D]) => ({
        def: {
          id: 'c',
          nameZh: '能耗累计降低',
          unit: '%',
          attribute: a,
          kind: 'cumulative_change',
          target: { value: D },
        } as IndicatorDef,
        obs: g.map((pct, i) => ({ year: 2021 + i, pct: Math.min(pct, 50) })),
      })),
      fc
        .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 25 }), attribute)
        .map(([n, count, a]) => ({
          def: {
            id: 'n',
            nameZh: '新建',
            unit: '个',
            attribute: a,
            kind: 'count',
            target: { value: n },
          } as IndicatorDef,
          obs: [{ year: 2025, value: count }],
        })),
      fc.tuple(value, value, attribute).map(([lo, x, a]) => ({
        def: {
          id: 'b',
          nameZh: 'b',
          unit: '%',
          attribute: a,
          kind: 'level_band',
          target: { lo, hi: lo * 1.2 },
        } as IndicatorDef,
        obs: [
          { year: 2020, value: x },
          { year: 2025, value: x * 1.1 },
        ],
      })),
    );
    fc.assert(
      fc.property(kindCase, ({ def, obs }) => {
        expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']).not.toContain(assess(def, obs).status);
      }),
      { numRuns: 2000 },
    );
  });

  it('the status never depends on the OLS projection', () => {
    fc.assert(
      fc.property(levelCase, (c) => {
        const { def, obs } = build(c);
        const plain = assess(def, obs);
        const withOls = assess(def, obs, { constants: { PROJECTION_SECONDARY: 'ols' } });
        expect(withOls.status).toBe(plain.status);
        expect(withOls.flags).toEqual(plain.flags);
      }),
      { numRuns: 1000 },
    );
  });
});
