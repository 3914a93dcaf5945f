/** Accounts as the API sends them: the session, units and users (never a password or its hash). */
import { Type, type Static } from 'typebox';

export const RoleJson = Type.Union([
  Type.Literal('admin'),
  Type.Literal('reporter'),
  Type.Literal('supervisor'),
  Type.Literal('leader'),
  Type.Literal('auditor'),
]);
export type RoleJson = Static<typeof RoleJson>;

/** The signed-in user as the session shows it. */
export const SessionUserJson = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleJson,
  unitId: Type.Union([Type.String(), Type.Null()]),
});
export type SessionUserJson = Static<typeof SessionUserJson>;

/** POST /api/session (with expiresAt) and GET /api/session. */
export const SessionJson = Type.Object({
  user: SessionUserJson,
  mustChangePassword: Type.Boolean(),
  csrfToken: Type.String(),
  expiresAt: Type.Optional(Type.String()),
});
export type SessionJson = Static<typeof SessionJson>;

export const UnitJson = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  /** The government the unit belongs to (the plan system); null where there is one government only. */
  governmentId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  version: Type.Number(),
});
export type UnitJson = Static<typeof UnitJson>;
export const UnitListJson = Type.Object({ units: Type.Array(UnitJson) });
export type UnitListJson = Static<typeof UnitListJson>;

/** A user as administrators see it. */
export const UserJson = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleJson,
  unitId: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  createdAt: Type.String(),
  version: Type.Number(),
});
export type UserJson = Static<typeof UserJson>;
export const UserListJson = Type.Object({ users: Type.Array(UserJson) });
export type UserListJson = Static<typeof UserListJson>;
