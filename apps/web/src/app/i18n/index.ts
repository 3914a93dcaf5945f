/**
 * The staff app's message catalog (as the portal has shared/i18n.ts): messages.ts holds its own words,
 * codes.ts the words for codes the API sends (statuses, roles, stages, audit actions). The language is
 * the one chosen in the header (localStorage), zh-CN by default.
 */
import { isEnglish } from '../../shared/i18n.ts';
import { en, zh } from './messages.ts';

export type MessageKey = keyof typeof zh;

/** The message in the current language, its {placeholders} filled from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string = isEnglish() ? en[key] : zh[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export * from './codes.ts';
export { LINK_STATUS, PLAN_TYPE, REVISION_STATUS } from './plan-system-messages.ts';
export { OPINION_RATING, OPINION_RECORD, OPINION_STATE } from './participation-messages.ts';
