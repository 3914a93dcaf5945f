/** Every user, by name, without password hashes. */
import { listUsers as queryUsers, type PublicUser } from '@gangmu/storage';
import type { CommandContext } from '../context.ts';

export const listUsers = (ctx: CommandContext): Promise<PublicUser[]> => queryUsers(ctx.db.kysely);
