/**
 * Inline zh-CN/English pairs, kept only for the report screens (scenes/Reports), written while the message
 * catalog (i18n/) landed: move them into i18n/messages.ts and delete this file.
 */
import { isEnglish } from '../shared/i18n.ts';

export const L = (zh: string, en: string) => (isEnglish() ? en : zh);
