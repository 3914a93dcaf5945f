/** Units (单位), users and sessions. Passwords are hashed by the caller (argon2id: @gangmu/commands, passwords.ts). */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from './audit.ts';
import type { Database, Role, UnitsTable, UsersTable } from './schema.ts';
import { newId, StorageError, write } from './write.ts';

export type PublicUser = Omit<UsersTable, 'password_hash'>;
const withoutHash = ({ password_hash: _h, ...u }: UsersTable): PublicUser => u;

export async function createUnit(
  db: Kysely<Database>,
  actor: Actor,
  input: { code: string; name: string },
): Promise<UnitsTable> {
  return write(db, actor, async ({ trx, at, record }) => {
    const exists = await trx
      .selectFrom('units')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (exists)
      throw new StorageError('ALREADY_EXISTS', `unit code ${input.code} exists`, {
        code: input.code,
        field: 'code',
      });
    const row: UnitsTable = { id: newId(), code: input.code, name: input.name, created_at: at, version: 1 };
    await trx.insertInto('units').values(row).execute();
    record({
      action: 'unit.create',
      entity: 'unit',
      entityId: row.id,
      planId: null,
      before: null,
      after: row,
    });
    return row;
  });
}

export const listUnits = (db: Kysely<Database>) =>
  db.selectFrom('units').selectAll().orderBy('code').execute();

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: {
    username: string;
    displayName: string;
    passwordHash: string;
    role: Role;
    unitId: string | null;
    email?: string | null;
    /** The password was chosen by someone else (the first administrator's): it must be changed first. */
    mustChangePassword?: boolean;
  },
): Promise<PublicUser> {
  return write(db, actor, async ({ trx, at, record }) => {
    const exists = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (exists)
      throw new StorageError('ALREADY_EXISTS', `user ${input.username} exists`, {
        username: input.username,
        field: 'username',
      });
    // A reporter acts for a unit; one without a unit would match every unit-less row (null === null).
    if (input.role === 'reporter' && !input.unitId)
      throw new StorageError('INVALID', 'a reporter needs a unit', { field: 'unitId' });
    if (input.unitId) {
      const unit = await trx
        .selectFrom('units')
        .select('id')
        .where('id', '=', input.unitId)
        .executeTakeFirst();
      if (!unit)
        throw new StorageError('INVALID', `unit ${input.unitId} does not exist`, { field: 'unitId' });
    }
    const row: UsersTable = {
      id: newId(),
      username: input.username,
      display_name: input.displayName,
      password_hash: input.passwordHash,
      role: input.role,
      unit_id: input.unitId,
      email: input.email ?? null,
      must_change_password: input.mustChangePassword ? 1 : 0,
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      version: 1,
    };
    await trx.insertInto('users').values(row).execute();
    // The hash never enters the audit trail.
    record({
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      planId: null,
      before: null,
      after: withoutHash(row),
    });
    return withoutHash(row);
  });
}

export const listUsers = async (db: Kysely<Database>): Promise<PublicUser[]> =>
  (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(withoutHash);

export const findUserByUsername = (db: Kysely<Database>, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export const countUsers = async (db: Kysely<Database>): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * Replaces a user's password (hashed by the caller), lifts the must-change flag and ends the user's other
 * sessions: whoever knew the old password is signed out.
 */
export async function changePassword(
  db: Kysely<Database>,
  actor: Actor,
  input: { userId: string; passwordHash: string; keepSessionToken: string },
): Promise<void> {
  await write(db, actor, async ({ trx, record }) => {
    await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: input.passwordHash,
        must_change_password: 0,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', input.userId)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', input.userId)
      .where('id', '<>', hashToken(input.keepSessionToken))
      .execute();
    // The hash never enters the audit trail: the event says only that the password changed.
    record({
      action: 'user.password_change',
      entity: 'user',
      entityId: input.userId,
      planId: null,
      before: null,
      after: null,
    });
  });
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session: returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Kysely<Database>,
  user: UsersTable,
  ttlMs: number,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await write(db, { id: user.id, name: user.username }, async ({ trx, at, record }) => {
    // A successful sign-in forgets the name's failures (login-throttle.ts).
    await trx.deleteFrom('login_throttle').where('key', '=', user.username).execute();
    await trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: at,
        expires_at: expiresAt,
      })
      .execute();
    record({
      action: 'session.create',
      entity: 'user',
      entityId: user.id,
      planId: null,
      before: null,
      after: { expires_at: expiresAt },
    });
  });
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Kysely<Database>, token: string, now: Date) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_id',
      'users.must_change_password',
    ])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return row;
}

export async function deleteSession(db: Kysely<Database>, token: string, actor: Actor): Promise<void> {
  await write(db, actor, async ({ trx, record }) => {
    await trx.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
    record({
      action: 'session.delete',
      entity: 'user',
      entityId: actor.id ?? '',
      planId: null,
      before: null,
      after: null,
    });
  });
}
