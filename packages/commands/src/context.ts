/**
 * What every command is given besides its options: the database, the clock and who is acting. The API builds
 * one per request, the CLI one per invocation, tests one per case — so a use-case is written once for all.
 */
import type { Actor, Db, Role } from '@gangmu/storage';

/** Who asks: the actor recorded in the audit trail, and the role and unit the access rules look at. */
export interface Caller {
  readonly actor: Actor;
  /** null for the public and for the system (bootstrap, scheduler). */
  readonly role: Role | null;
  readonly unitId: string | null;
}

export interface CommandContext {
  readonly db: Db;
  readonly now: () => Date;
  readonly caller: Caller;
}

export const SYSTEM_CALLER: Caller = { actor: { id: null, name: 'system' }, role: null, unitId: null };
export const PUBLIC_CALLER: Caller = { actor: { id: null, name: 'public' }, role: null, unitId: null };
