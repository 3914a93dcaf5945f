/**
 * Sign-in failures per name, counted atomically *before* the password is checked: ten parallel guesses take
 * ten numbers from one counter, so no more than `maxFailures` of them are ever checked before the lock. The
 * count is kept for any name typed, existing or not, so a lock (or its absence) tells nothing about accounts.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { write } from './write.ts';

export interface ThrottlePolicy {
  readonly maxFailures: number;
  readonly lockMs: number;
}

export type SignInAttempt =
  | { readonly allowed: true; readonly failures: number }
  | { readonly allowed: false; readonly lockedUntil: string };

/**
 * Counts one attempt for `key` (the name as typed) and says whether its password may be checked. An attempt
 * counts as a failure until it succeeds (`createSession` clears the count); a lock that has run out starts a new count.
 */
export async function beginSignInAttempt(
  db: Kysely<Database>,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<SignInAttempt> {
  const at = now.toISOString();
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, locked_until: null, updated_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when login_throttle.locked_until <= ${at} then 1 else login_throttle.failures + 1 end`,
        locked_until: sql<
          string | null
        >`case when login_throttle.locked_until <= ${at} then null else login_throttle.locked_until end`,
        updated_at: at,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
  if (row.locked_until && row.locked_until > at) return { allowed: false, lockedUntil: row.locked_until };
  const failures = Number(row.failures);
  // More attempts in flight than failures allowed: this one is not checked, and the name is locked now.
  if (failures > policy.maxFailures) return { allowed: false, lockedUntil: await lock(db, key, policy, now) };
  return { allowed: true, failures };
}

/** After a wrong password: locks the name once its failures reach the limit; returns the lock's end if so. */
export async function recordSignInFailure(
  db: Kysely<Database>,
  key: string,
  attempt: { readonly failures: number },
  policy: ThrottlePolicy,
  now: Date,
  userId: string | null,
): Promise<string | undefined> {
  if (attempt.failures < policy.maxFailures) return undefined;
  const until = await lock(db, key, policy, now);
  // The same audit write for known and unknown names: the answer's timing must not tell them apart.
  await write(db, { id: null, name: 'login' }, async ({ record }) => {
    record({
      action: 'user.locked',
      entity: userId ? 'user' : 'login',
      entityId: userId ?? key,
      planId: null,
      before: null,
      after: { locked_until: until, failures: attempt.failures },
    });
  });
  return until;
}

async function lock(db: Kysely<Database>, key: string, policy: ThrottlePolicy, now: Date): Promise<string> {
  const until = new Date(now.getTime() + policy.lockMs).toISOString();
  // The first to lock sets the end; later ones (parallel attempts) keep it instead of extending it.
  await db
    .updateTable('login_throttle')
    .set({ locked_until: until })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
    .execute();
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.locked_until ?? until;
}
