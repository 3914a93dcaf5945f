/**
 * The one place passwords are hashed and checked (argon2id), and the policy every password set by a person
 * goes through (the rules are the domain's). The API, the CLI and the first start all come here.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { checkPassword, describePasswordProblems } from '@gangmu/domain';
import { CommandError } from '../command-error.ts';

export const hashPassword = (password: string): Promise<string> => hash(password);

// Verifying against a real hash when the user does not exist keeps the time taken the same either way.
let dummyHash: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; with no hash (an unknown user) false, after the same work. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash('gangmu-dummy-password');
  const ok = await verify(passwordHash ?? (await dummyHash), password);
  return passwordHash !== undefined && ok;
}

/** Refuses a password the policy rejects, naming every rule it breaks (zh-CN and English). */
export function assertAcceptablePassword(password: string, username: string, field = 'password'): void {
  const problems = checkPassword(password, username);
  if (problems.length)
    throw new CommandError(
      'WEAK_PASSWORD',
      `password breaks ${problems.join(', ')}`,
      { field, problems },
      { zh: describePasswordProblems(problems, 'zh'), en: describePasswordProblems(problems, 'en') },
    );
}

/** A random password the policy accepts (16 base64url characters; redrawn in the rare case of one class). */
export function generatePassword(username: string): string {
  for (;;) {
    const password = randomBytes(12).toString('base64url');
    if (checkPassword(password, username).length === 0) return password;
  }
}
