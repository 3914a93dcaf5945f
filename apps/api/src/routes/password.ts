/**
 * Changing one's own password, and the policy check every password set through the API goes through (the
 * policy itself is the domain's, shared with the CLI). A user who must change the password someone else chose
 * can reach this route and nothing else but the session's own.
 */
import { hash, verify } from '@node-rs/argon2';
import { Type } from 'typebox';
import { checkPassword, describePasswordProblems, PASSWORD_MAX_LENGTH } from '@gangmu/domain';
import { changePassword, findUserByUsername } from '@gangmu/storage';
import { ApiError, type Lang } from '../errors.ts';
import { actorOf, SESSION_COOKIE } from '../security.ts';
import { strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';

/** Refuses a password the policy rejects, naming every rule it breaks in the asker's language. */
export function assertAcceptablePassword(password: string, username: string, lang: Lang): void {
  const problems = checkPassword(password, username);
  if (problems.length)
    throw new ApiError('WEAK_PASSWORD', describePasswordProblems(problems, lang), {
      field: 'password',
      problems,
    });
}

export function passwordChangeRoute(app: App, { db }: Pick<RouteContext, 'db'>): void {
  app.post(
    '/api/session/password',
    {
      config: { access: 'authenticated', beforePasswordChange: true },
      schema: {
        tags: ['session'],
        summary: '修改密码 Change my password',
        body: strict({
          currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
        }),
      },
    },
    async (req, reply) => {
      const { currentPassword, newPassword } = req.body as { currentPassword: string; newPassword: string };
      const user = await findUserByUsername(db.kysely, req.user!.username);
      if (!user || !(await verify(user.password_hash, currentPassword)))
        throw new ApiError('INVALID_CREDENTIALS', 'currentPassword');
      assertAcceptablePassword(newPassword, user.username, req.lang);
      if (newPassword === currentPassword)
        throw new ApiError('WEAK_PASSWORD', 'newPassword = currentPassword', { field: 'newPassword' });
      await changePassword(db.kysely, actorOf(req), {
        userId: user.id,
        passwordHash: await hash(newPassword),
        keepSessionToken: req.cookies[SESSION_COOKIE]!,
      });
      return reply.status(204).send();
    },
  );
}
