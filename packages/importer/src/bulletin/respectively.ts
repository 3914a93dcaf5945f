/**
 * 分别: "城镇、农村居民人均可支配收入分别增长4.3%、5.7%" names two statistics and gives two figures. It is rewritten
 * as "城镇居民人均可支配收入增长4.3%，农村居民人均可支配收入增长5.7%" so that each name is followed by its own figure.
 * A short first name that shares the last name's tail (城镇、农村居民…) gets the tail.
 */
const RESPECTIVELY = /([^，,；;。：:]*?)分别(为|是|达到|达|增长|下降|上涨|提高|完成|占)?([^，,；;。]*)/g;
const SEPARATOR = /[、和及与]/;
/** The words that distinguish the statistics of a shared name: 城镇、农村居民人均可支配收入. */
const LEADING_WORDS = /^(?:城镇|农村|乡村|城乡|全体|城市)/;

function completeElided(subjects: readonly string[]): string[] {
  const last = subjects.at(-1) ?? '';
  const lead = LEADING_WORDS.exec(last)?.[0];
  return subjects.map((s, i) =>
    i < subjects.length - 1 && lead && LEADING_WORDS.test(s) && s.length <= 4
      ? s + last.slice(lead.length)
      : s,
  );
}

export function expandRespectively(sentence: string): string {
  if (!sentence.includes('分别')) return sentence;
  return sentence.replace(RESPECTIVELY, (whole, before: string, verb: string | undefined, after: string) => {
    const subjects = before.split(SEPARATOR).map((s) => s.trim());
    const values = after.split(SEPARATOR).map((s) => s.trim());
    if (subjects.length < 2 || subjects.length !== values.length || subjects.some((s) => !s)) return whole;
    const named = completeElided(subjects);
    return named.map((s, i) => `${s}${verb ?? ''}${values[i]}`).join('，');
  });
}
