/**
 * Signing in: the attempt is counted for the name as typed before the password is checked (so parallel guesses
 * cannot outrun the lock), known and unknown names take the same steps and get the same answers, and a
 * success opens a session (the cookie token, stored hashed, and the CSRF token).
 */
import {
  beginSignInAttempt,
  createSession,
  findUserByUsername,
  recordSignInFailure,
  type Role,
  type ThrottlePolicy,
} from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { verifyPassword } from './passwords.ts';

export interface SignInOptions {
  readonly username: string;
  readonly password: string;
  /** Failures before the name is locked, and for how long. */
  readonly policy: ThrottlePolicy;
  readonly sessionTtlMs: number;
}

export interface SignedIn {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly role: Role;
    readonly unitId: string | null;
  };
  readonly mustChangePassword: boolean;
  /** The session cookie's value: given once, stored only as a hash. */
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export async function signIn(ctx: CommandContext, o: SignInOptions): Promise<SignedIn> {
  const k = ctx.db.kysely;
  const t = ctx.now();
  const attempt = await beginSignInAttempt(k, o.username, o.policy, t);
  if (!attempt.allowed)
    throw new CommandError('ACCOUNT_LOCKED', `${o.username} is locked`, { until: attempt.lockedUntil });
  const user = await findUserByUsername(k, o.username);
  if (!(await verifyPassword(user?.password_hash, o.password)) || !user) {
    await recordSignInFailure(k, o.username, attempt, o.policy, t, user?.id ?? null);
    throw new CommandError('INVALID_CREDENTIALS', `sign-in of ${o.username} refused`);
  }
  const session = await createSession(k, user, o.sessionTtlMs, t);
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      unitId: user.unit_id,
    },
    mustChangePassword: Boolean(user.must_change_password),
    ...session,
  };
}
