/** Request schemas of the account routes: sign-in, the password change, units and users. */
import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '@gangmu/domain';
import { ROLES } from '@gangmu/commands';
import { Id, SafeText, strict } from '../../schemas.ts';

export const SignInBody = strict({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});

export const PasswordChangeBody = strict({
  currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});

export const NewUnitBody = strict({
  code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' }),
  name: SafeText(100, 1),
});

export const NewUserBody = strict({
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
});
