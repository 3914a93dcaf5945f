/**
 * The optional secondary projection of SPEC §2.5: ordinary least squares on the levels (rate scale) or on
 * their logarithms (amount scale). Display only: no status ever depends on it.
 */
export function olsProjection(
  points: readonly { year: number; value: number }[],
  targetYear: number,
  logScale: boolean,
): number | undefined {
  if (logScale && points.some((p) => p.value <= 0)) return undefined;
  const n = points.length;
  const xs = points.map((p) => p.year);
  const ys = points.map((p) => (logScale ? Math.log(p.value) : p.value));
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (sxx === 0) return undefined;
  const y = my + (sxy / sxx) * (targetYear - mx);
  return logScale ? Math.exp(y) : y;
}
