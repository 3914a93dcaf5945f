import { isEnglish } from '../shared/i18n.ts';

export const L = (zh: string, en: string) => (isEnglish() ? en : zh);
