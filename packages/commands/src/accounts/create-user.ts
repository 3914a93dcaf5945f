/** Creates a user with a password the policy accepts, stored only as its argon2id hash. */
import { createUser as storeUser, type PublicUser, type Role } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';
import { assertAcceptablePassword, hashPassword } from './passwords.ts';

export interface CreateUserOptions {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly unitId?: string | null | undefined;
  readonly email?: string | null | undefined;
  /** The password was chosen by someone else (generated, or the first administrator's): changed at first sign-in. */
  readonly mustChangePassword?: boolean;
}

export async function createUser(ctx: CommandContext, o: CreateUserOptions): Promise<PublicUser> {
  assertAcceptablePassword(o.password, o.username);
  return storeUser(ctx.db.kysely, ctx.caller.actor, {
    username: o.username,
    displayName: o.displayName,
    passwordHash: await hashPassword(o.password),
    role: o.role,
    unitId: o.unitId ?? null,
    email: o.email ?? null,
    ...(o.mustChangePassword ? { mustChangePassword: true } : {}),
  });
}
