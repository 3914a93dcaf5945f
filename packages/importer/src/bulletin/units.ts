/**
 * Units a bulletin prints, in families that convert into each other (万元 → 亿元, 人 → 万人). A level is only
 * assigned to an indicator when its unit converts into the indicator's unit: 6007个 (jobs) is not 万人.
 */
const FAMILIES: readonly Readonly<Record<string, number>>[] = [
  { 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 },
  { 美元: 1, 万美元: 1e4, 亿美元: 1e8 },
  { 人: 1, 万人: 1e4 },
  { 户: 1, 万户: 1e4 },
  { 吨: 1, 万吨: 1e4 },
  { '%': 1 },
  { '‰': 1 },
  { '微克/立方米': 1 },
  { 天: 1 },
  { 年: 1 },
  { 张: 1 },
  { 个: 1 },
];

/** Unit alternatives for a regular expression, longest first so that 万亿元 is not read as 亿元. */
export const UNIT_PATTERN = FAMILIES.flatMap((f) => Object.keys(f))
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');

function familyOf(unit: string): Readonly<Record<string, number>> | undefined {
  return FAMILIES.find((f) => unit in f);
}

function decimalsOf(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}

/**
 * The printed number in the target unit, rounded to the precision it was printed with (5277076万元 → 527.7076亿元),
 * or null when the units are of different kinds. An empty target keeps the printed unit.
 * @example convertUnit('5277076', '万元', '亿元') // → 527.7076
 */
export function convertUnit(printed: string, from: string, to: string): number | null {
  const value = Number(printed);
  if (to === '' || from === to) return value;
  const family = familyOf(from);
  if (!family || !(to in family)) return null;
  const ratio = family[from]! / family[to]!;
  const decimals = Math.max(0, decimalsOf(printed) + Math.round(-Math.log10(ratio)));
  return Number((value * ratio).toFixed(Math.min(decimals, 12)));
}
