/**
 * The one password policy, for every way a password is set (the API's user creation and password change,
 * `gangmu user add`, the first administrator): long enough, of more than one kind of character, not a
 * well-known password and not the user's own name. Returns codes; the callers word them (zh-CN and English).
 */
import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'one_class' | 'common' | 'contains_username';

/** Lower case, upper case, digits, and everything else (punctuation, spaces, 汉字) are the four classes. */
function characterClasses(password: string): number {
  const classes = new Set<string>();
  for (const ch of password) {
    if (/[a-z]/.test(ch)) classes.add('lower');
    else if (/[A-Z]/.test(ch)) classes.add('upper');
    else if (/[0-9]/.test(ch)) classes.add('digit');
    else classes.add('other');
  }
  return classes.size;
}

// "Pass-word 1234" and "password1234" are the same guess to an attacker's list.
const canonical = (s: string) => s.toLowerCase().replace(/[\s\-_.]/g, '');

/**
 * Every rule the password breaks (empty when it is acceptable).
 * @example checkPassword('aaaaaaaaaaaa', 'li') // ['one_class']
 */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (characterClasses(password) < 2) problems.push('one_class');
  if (COMMON_PASSWORDS.has(canonical(password))) problems.push('common');
  // A name of one or two letters is inside too many good passwords to refuse them all.
  const name = canonical(username);
  if (name.length >= 3 && canonical(password).includes(name)) problems.push('contains_username');
  return problems;
}

const WORDING: Record<PasswordProblem, { zh: string; en: string }> = {
  too_short: {
    zh: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`,
    en: `at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  too_long: { zh: `密码至多 ${PASSWORD_MAX_LENGTH} 个字符`, en: `at most ${PASSWORD_MAX_LENGTH} characters` },
  one_class: {
    zh: '密码须包含至少两类字符（小写、大写、数字、其他）',
    en: 'at least two kinds of characters (lower case, upper case, digits, others)',
  },
  common: { zh: '密码过于常见', en: 'not a commonly used password' },
  contains_username: { zh: '密码不得包含用户名', en: 'must not contain the user name' },
};

/** The problems in words, for an error message or a command's output. */
export const describePasswordProblems = (problems: readonly PasswordProblem[], lang: 'zh' | 'en'): string =>
  problems.map((p) => WORDING[p][lang]).join(lang === 'zh' ? '；' : '; ');
