/**
 * Changing one's own password: the current one must match, the new one pass the policy and differ from it.
 * The must-change flag is lifted and every other session of the user ends (the current one is kept).
 */
import { changePassword as storePassword, findUserByUsername } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords.ts';

export interface ChangePasswordOptions {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session the change is made from: it stays signed in. */
  readonly keepSessionToken: string;
}

const WRONG_CURRENT = { zh: '当前密码不正确', en: 'the current password is wrong' };
const SAME = { zh: '新密码不能与当前密码相同', en: 'the new password must differ from the current one' };

export async function changePassword(ctx: CommandContext, o: ChangePasswordOptions): Promise<void> {
  const user = await findUserByUsername(ctx.db.kysely, ctx.caller.actor.name);
  if (
    !user ||
    user.id !== ctx.caller.actor.id ||
    !(await verifyPassword(user.password_hash, o.currentPassword))
  )
    throw new CommandError(
      'INVALID_CREDENTIALS',
      'currentPassword',
      { field: 'currentPassword' },
      WRONG_CURRENT,
    );
  assertAcceptablePassword(o.newPassword, user.username, 'password');
  if (o.newPassword === o.currentPassword)
    throw new CommandError('WEAK_PASSWORD', 'newPassword = currentPassword', { field: 'newPassword' }, SAME);
  await storePassword(ctx.db.kysely, ctx.caller.actor, {
    userId: user.id,
    passwordHash: await hashPassword(o.newPassword),
    keepSessionToken: o.keepSessionToken,
  });
}
