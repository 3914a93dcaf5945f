/** Accounts as the API shows them: camelCase, never a password hash. */
import type { SignedIn } from '@gangmu/commands';
import type { SessionJson, UnitJson, UserJson } from '@gangmu/contract';
import type { PublicUser, UnitsTable } from '@gangmu/storage';
import type { SessionUser } from '../security.ts';

/** After signing in: the user, the CSRF token and when the session ends (the cookie token is not in the body). */
export const presentSignedIn = (s: SignedIn): SessionJson => ({
  user: { ...s.user },
  mustChangePassword: s.mustChangePassword,
  csrfToken: s.csrfToken,
  expiresAt: s.expiresAt,
});

/** Who is signed in on this request. */
export const presentSession = (u: SessionUser): SessionJson => ({
  user: { id: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId },
  mustChangePassword: u.mustChangePassword,
  csrfToken: u.csrfToken,
});

export const presentUnit = (u: UnitsTable): UnitJson => ({
  id: u.id,
  code: u.code,
  name: u.name,
  governmentId: u.government_id ?? null,
  createdAt: u.created_at,
  version: u.version,
});

export const presentUser = (u: PublicUser): UserJson => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role,
  unitId: u.unit_id,
  email: u.email ?? null,
  mustChangePassword: Boolean(u.must_change_password),
  createdAt: u.created_at,
  version: u.version,
});
