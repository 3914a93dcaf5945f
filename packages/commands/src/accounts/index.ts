/** Accounts: units, users, signing in and out, passwords (hashed and checked in passwords.ts only). */
export * from './passwords.ts';
export * from './units.ts';
export * from './list-users.ts';
export * from './create-user.ts';
export * from './sign-in.ts';
export * from './sign-out.ts';
export * from './change-password.ts';
/** The roles an account may have: what the account routes validate against. */
export { ROLES } from '@gangmu/storage';
