/**
 * The one error a command throws on purpose. `code` says what went wrong in terms every adapter can map (the
 * API to an HTTP status, the CLI to an exit code); `message` is for logs and developers; `userMessage`, when
 * present, is what a person is shown (zh-CN and English), so internal detail never reaches a screen by accident.
 */
export type CommandErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'IMPORT_FAILED'
  /** The file needs more than the import worker's memory cap to read. */
  | 'IMPORT_TOO_LARGE'
  | 'VERSION_CONFLICT'
  | 'ALREADY_EXISTS'
  | 'RATE_LIMITED'
  /** Sign-in or password change: the name or the password is wrong (never which). */
  | 'INVALID_CREDENTIALS'
  /** Too many failed sign-ins for the name: details.until. */
  | 'ACCOUNT_LOCKED'
  /** A new password the policy refuses: details.problems. */
  | 'WEAK_PASSWORD';

export interface UserMessage {
  readonly zh: string;
  readonly en: string;
}

export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly userMessage?: UserMessage,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
