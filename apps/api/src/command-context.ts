/** The command context of a request: its database, the server's clock and the signed-in user (or the public). */
import type { FastifyRequest } from 'fastify';
import { PUBLIC_CALLER, type CommandContext } from '@gangmu/commands';
import type { Db } from '@gangmu/storage';

export function commandContext(req: FastifyRequest, db: Db, now: () => Date): CommandContext {
  const user = req.user;
  const caller = user
    ? { actor: { id: user.id, name: user.username }, role: user.role, unitId: user.unitId }
    : PUBLIC_CALLER;
  return { db, now, caller };
}
