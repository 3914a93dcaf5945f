/**
 * Abuse control for public opinions, beyond the honeypot and the rate limit: a duplicate of a recent opinion
 * on the same target, a sensitive word (held for review, never rejected: a person decides), and a daily cap
 * per address. Pure: the caller passes the recent opinions, the word list and today's count.
 */
import { daysBetween } from '../supervision/calendar.ts';

/**
 * Text reduced for comparison: NFKC (full-width forms to half-width), lower case, and only letters and digits
 * kept — punctuation, spaces and symbols do not make two opinions different.
 */
export function normaliseOpinionText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const bigrams = (s: string): Map<string, number> => {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
};

/**
 * Similarity of two texts in [0, 1]: the Dice coefficient of their character bigrams after normalising.
 * Bigrams suit Chinese (no spaces between words) and tolerate a word added or changed.
 */
export function opinionSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseOpinionText(a));
  const y = bigrams(normaliseOpinionText(b));
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  if (total === 0) return 0;
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / total;
}

export interface AbuseSettings {
  /** Similarity at or above which an opinion is a duplicate (0.85). */
  readonly duplicateThreshold: number;
  /** Opinions on the same target within this many days are compared (7). */
  readonly duplicateWindowDays: number;
  /** Opinions accepted per address per day (5). */
  readonly dailyCap: number;
  /** Words that hold an opinion for review. */
  readonly sensitiveWords: readonly string[];
}

/**
 * A short default list: advertising, gambling, fraud and abuse, the spam a government message board gets. A
 * deployment extends it; matching is on normalised text, so spaces or full-width letters inside do not hide a word.
 */
export const DEFAULT_SENSITIVE_WORDS: readonly string[] = Object.freeze([
  '博彩',
  '赌博',
  '网赌',
  '六合彩',
  '代开发票',
  '办证',
  '刷单',
  '裸聊',
  '色情',
  '贷款秒批',
  '加微信',
  '傻逼',
  '去死',
]);

export const DEFAULT_ABUSE_SETTINGS: AbuseSettings = Object.freeze({
  duplicateThreshold: 0.85,
  duplicateWindowDays: 7,
  dailyCap: 5,
  sensitiveWords: DEFAULT_SENSITIVE_WORDS,
});

export interface RecentOpinion {
  readonly id: string;
  readonly targetKey: string;
  readonly content: string;
  /** YYYY-MM-DD (Asia/Shanghai) the opinion was posted. */
  readonly postedOn: string;
}

/** The most similar recent opinion on the same target, if it is a duplicate. */
export function findDuplicate(
  candidate: { targetKey: string; content: string; postedOn: string },
  recent: readonly RecentOpinion[],
  settings: Pick<AbuseSettings, 'duplicateThreshold' | 'duplicateWindowDays'> = DEFAULT_ABUSE_SETTINGS,
): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const r of recent) {
    if (r.targetKey !== candidate.targetKey) continue;
    const age = daysBetween(r.postedOn, candidate.postedOn);
    if (!(age >= 0 && age <= settings.duplicateWindowDays)) continue;
    const similarity = opinionSimilarity(candidate.content, r.content);
    if (similarity >= settings.duplicateThreshold && (!best || similarity > best.similarity))
      best = { id: r.id, similarity };
  }
  return best;
}

/** The sensitive words found in `text` (normalised on both sides), in list order. */
export function findSensitiveWords(
  text: string,
  words: readonly string[] = DEFAULT_SENSITIVE_WORDS,
): string[] {
  const haystack = normaliseOpinionText(text);
  return words.filter((w) => {
    const needle = normaliseOpinionText(w);
    return needle.length > 0 && haystack.includes(needle);
  });
}

/** What intake does with a new opinion. */
export type IntakeVerdict =
  | { readonly kind: 'accept' }
  | { readonly kind: 'hold'; readonly words: readonly string[] }
  | { readonly kind: 'duplicate'; readonly of: string }
  | { readonly kind: 'over_cap'; readonly cap: number };

/**
 * The intake decision, in order: the daily cap first (cheapest, and it stops floods), then duplicates (the
 * visitor is pointed at the existing opinion to follow), then sensitive words (kept, but held for review).
 */
export function judgeIntake(input: {
  candidate: { targetKey: string; content: string; postedOn: string };
  recent: readonly RecentOpinion[];
  postedTodayFromAddress: number;
  settings?: AbuseSettings;
}): IntakeVerdict {
  const settings = input.settings ?? DEFAULT_ABUSE_SETTINGS;
  if (input.postedTodayFromAddress >= settings.dailyCap) return { kind: 'over_cap', cap: settings.dailyCap };
  const duplicate = findDuplicate(input.candidate, input.recent, settings);
  if (duplicate) return { kind: 'duplicate', of: duplicate.id };
  const words = findSensitiveWords(input.candidate.content, settings.sensitiveWords);
  if (words.length > 0) return { kind: 'hold', words };
  return { kind: 'accept' };
}

/** The visitor's message for each verdict but `accept`, zh-CN and English. */
export const INTAKE_MESSAGES = {
  OPINION_DAILY_CAP: {
    zh: (p: { cap: number }) => `同一网络地址每天最多提交 ${p.cap} 条意见，请明天再来。`,
    en: (p: { cap: number }) =>
      `At most ${p.cap} opinions a day can be sent from one address; please come back tomorrow.`,
  },
  OPINION_DUPLICATE: {
    zh: (p: { code: string }) =>
      `近期已有内容相同的意见（跟踪码 ${p.code}），可凭该跟踪码查看办理进度，无需重复提交。`,
    en: (p: { code: string }) =>
      `The same opinion was sent recently (tracking code ${p.code}); follow it with that code instead of sending it again.`,
  },
  OPINION_HELD_FOR_REVIEW: {
    zh: () => '意见已收到。其中部分内容需人工审核，审核通过后进入受理。',
    en: () => 'Your opinion was received. Part of it needs a review by staff before it is accepted.',
  },
} as const;
