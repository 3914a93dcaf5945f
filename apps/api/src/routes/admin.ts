/** Units (单位) and users; only administrators create them. */
import { hash } from '@node-rs/argon2';
import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '@gangmu/domain';
import { createUnit, createUser, listUnits, listUsers, ROLES, type Role } from '@gangmu/storage';
import { actorOf } from '../security.ts';
import { Id, SafeText, strict } from '../schemas.ts';
import type { App } from '../server.ts';
import type { RouteContext } from './context.ts';
import { assertAcceptablePassword } from './password.ts';

export function adminRoutes(app: App, { db }: RouteContext): void {
  app.get(
    '/api/units',
    { config: { access: 'authenticated' }, schema: { tags: ['admin'], summary: '单位列表 Units' } },
    async () => ({ units: await listUnits(db.kysely) }),
  );
  app.post(
    '/api/units',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: '新建单位 Create a unit',
        body: strict({ code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' }), name: SafeText(100, 1) }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createUnit(db.kysely, actorOf(req), req.body as { code: string; name: string })),
  );
  app.get(
    '/api/users',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '用户列表 Users' } },
    async () => ({ users: await listUsers(db.kysely) }),
  );
  app.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: '新建用户 Create a user',
        body: strict({
          username: Type.String({ pattern: '^[A-Za-z0-9_.-]{2,64}$' }),
          displayName: SafeText(100, 1),
          password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
          role: Type.Union(ROLES.map((r) => Type.Literal(r))),
          unitId: Type.Optional(Type.Union([Id, Type.Null()])),
          email: Type.Optional(
            Type.Union([
              Type.String({ pattern: '^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$', maxLength: 200 }),
              Type.Null(),
            ]),
          ),
        }),
      },
    },
    async (req, reply) => {
      const b = req.body as {
        username: string;
        displayName: string;
        password: string;
        role: Role;
        unitId?: string | null;
        email?: string | null;
      };
      assertAcceptablePassword(b.password, b.username, req.lang);
      const user = await createUser(db.kysely, actorOf(req), {
        username: b.username,
        displayName: b.displayName,
        passwordHash: await hash(b.password),
        role: b.role,
        unitId: b.unitId ?? null,
        email: b.email ?? null,
      });
      return reply.status(201).send(user);
    },
  );
}
