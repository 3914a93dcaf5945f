/**
 * A target as a plan prints it, parsed but not yet interpreted: "7-7.5", "≤3", "98以上", "5.5左右",
 * "达市标准", "〔13.5〕". Which evaluation kind it becomes also depends on the indicator (see
 * `toIndicatorDef`), so the parser keeps only what the text says.
 */
export type TargetSpec =
  | { readonly op: 'range'; readonly lo: number; readonly hi: number; readonly cumulative?: boolean }
  | {
      readonly op: 'atMost';
      readonly value: number;
      readonly strict?: boolean;
      readonly cumulative?: boolean;
    }
  | {
      readonly op: 'atLeast';
      readonly value: number;
      readonly strict?: boolean;
      readonly cumulative?: boolean;
    }
  | { readonly op: 'about'; readonly value: number; readonly cumulative?: boolean }
  | {
      readonly op: 'value';
      readonly value: number;
      readonly cumulative?: boolean;
      readonly decrease?: boolean;
    }
  | { readonly op: 'linked'; readonly sourcePlan: string; readonly note: string }
  | { readonly op: 'qualitative'; readonly text: string }
  | { readonly op: 'none' };

const NUM = String.raw`[-−]?\d+(?:\.\d+)?`;
const RANGE = new RegExp(String.raw`^(${NUM})\s*[-－~～—–至到]+\s*(${NUM})$`);
const UPPER_PLACES: Record<string, string> = {
  国: '国家',
  国家: '国家',
  省: '省',
  市: '市',
  县: '县',
  区: '区',
};

/** Removes the bracket marks that denote five-year cumulative figures: 〔13.5〕, [13.5], 【13.5】. */
function stripCumulativeBrackets(text: string): { text: string; cumulative: boolean } {
  const m = /^[〔［[【(（]\s*(.*?)\s*[〕］\]】)）]$/.exec(text);
  return m ? { text: m[1] ?? '', cumulative: true } : { text, cumulative: false };
}

const toNumber = (s: string): number => Number(s.replace('−', '-'));

/**
 * Parses a printed target. Never throws: anything it cannot read becomes `qualitative`.
 *
 * @example parseTargetText('7-7.5') // { op: 'range', lo: 7, hi: 7.5 }
 * @example parseTargetText('≤3') // { op: 'atMost', value: 3 }
 * @example parseTargetText('达市标准') // { op: 'linked', sourcePlan: '市', note: '达市标准' }
 */
export function parseTargetText(raw: string | null | undefined): TargetSpec {
  const trimmed = (raw ?? '').replace(/\s+/g, '').replace(/[％%]$/, '');
  if (trimmed === '' || /^[—–\-－─_/、]+$/.test(trimmed)) return { op: 'none' };
  const linked =
    /^(?:达到?|完成|满足|执行|落实)?(国家|[国省市县区])(?:级)?(?:下达)?(?:的)?(?:标准|目标|任务|要求|考核|指标)/.exec(
      trimmed,
    );
  if (linked) return { op: 'linked', sourcePlan: UPPER_PLACES[linked[1] ?? '市'] ?? '市', note: trimmed };
  const { text: t0, cumulative: bracketed } = stripCumulativeBrackets(trimmed);
  let t = t0;
  let cumulative = bracketed;
  let decrease = false;
  const cum = /^(?:累计|五年累计)?(下降|降低|减少|增长|提高|增加)?(.*)$/.exec(t);
  if (/^(?:累计|五年累计)/.test(t)) cumulative = true;
  if (cum && cum[1]) {
    decrease = /下降|降低|减少/.test(cum[1]);
    t = cum[2] ?? '';
  }
  t = t.replace(/[％%]/g, '');
  const range = RANGE.exec(t);
  if (range) {
    const a = toNumber(range[1] ?? ''),
      b = toNumber(range[2] ?? '');
    return { op: 'range', lo: Math.min(a, b), hi: Math.max(a, b), ...(cumulative ? { cumulative } : {}) };
  }
  const extra = cumulative ? { cumulative } : {};
  let m = new RegExp(String.raw`^(≤|<=|＜=|不高于|不超过|低于|控制在|<|＜)(${NUM})(?:以内|以下)?$`).exec(t);
  if (m)
    return {
      op: 'atMost',
      value: toNumber(m[2] ?? ''),
      ...(/^[<＜]$|低于/.test(m[1] ?? '') ? { strict: true } : {}),
      ...extra,
    };
  m = new RegExp(String.raw`^(?:控制在)?(${NUM})(以内|以下)$`).exec(t);
  if (m) return { op: 'atMost', value: toNumber(m[1] ?? ''), ...extra };
  m = new RegExp(String.raw`^(≥|>=|＞=|不低于|不少于|高于|超过|>|＞)(${NUM})(?:以上)?$`).exec(t);
  if (m)
    return {
      op: 'atLeast',
      value: toNumber(m[2] ?? ''),
      ...(/^[>＞]$|高于|超过/.test(m[1] ?? '') ? { strict: true } : {}),
      ...extra,
    };
  m = new RegExp(String.raw`^(${NUM})以上$`).exec(t);
  if (m) return { op: 'atLeast', value: toNumber(m[1] ?? ''), ...extra };
  m = new RegExp(String.raw`^(?:保持在?|稳定在)?(${NUM})(?:左右|上下)$`).exec(t);
  if (m) return { op: 'about', value: toNumber(m[1] ?? ''), ...extra };
  m = new RegExp(String.raw`^(?:达到?|保持在?|稳定在)?(${NUM})$`).exec(t);
  if (m) return { op: 'value', value: toNumber(m[1] ?? ''), ...extra, ...(decrease ? { decrease } : {}) };
  return { op: 'qualitative', text: trimmed };
}
