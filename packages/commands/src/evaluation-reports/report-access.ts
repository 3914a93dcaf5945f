/**
 * Who may do what with an evaluation report (docs/reports.md): the plan office (admin, supervisor) drafts and
 * edits; the plan office's leader returns and approves; leaders and admins publish; all staff read and comment.
 * The API's per-route access says the same; the command checks again so the CLI and tests get the same rule.
 */
import type { Role } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';

export const REPORT_WRITERS: readonly Role[] = ['admin', 'supervisor'];
export const REPORT_APPROVERS: readonly Role[] = ['leader'];
export const REPORT_PUBLISHERS: readonly Role[] = ['leader', 'admin'];
export const REPORT_READERS: readonly Role[] = ['admin', 'supervisor', 'leader', 'auditor'];

export function requireReportRole(ctx: CommandContext, roles: readonly Role[], step: string): void {
  const role = ctx.caller.role;
  if (role === null || !roles.includes(role))
    throw new CommandError(
      'FORBIDDEN',
      `${role ?? 'the public'} may not ${step} an evaluation report`,
      { step },
      { zh: '当前角色无权进行此项报告操作', en: 'Your role may not do this to the report' },
    );
}

/** Only a draft changes; a submitted report waits for its leader and an approved one is frozen. */
export function requireDraft(row: { readonly status: string }): void {
  if (row.status !== 'draft')
    throw new CommandError(
      'INVALID',
      `the report is ${row.status}: only a draft can be changed`,
      { status: row.status },
      row.status === 'approved'
        ? {
            zh: '报告已审定，定稿版本不再修改；如需调整请起草新报告',
            en: 'The report is approved and its frozen version does not change',
          }
        : {
            zh: '报告已提交审批，退回后方可修改',
            en: 'The report is awaiting approval; it can be changed once returned',
          },
    );
}
