/** Who may see or act on a task: the domain's unit-scope rule, refused with words for people. */
import { mayActOn, maySeeUnit, type SubjectUnits } from '@gangmu/domain';
import type { TasksTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { Caller } from '../context.ts';

/** A task's lead and co-units, as the unit-scope policy sees them. */
export const taskUnits = (t: TasksTable): SubjectUnits => ({
  leadUnitId: t.lead_unit_id,
  coUnitIds: JSON.parse(t.co_unit_ids) as string[],
});

export function refuseOtherUnit(caller: Caller, subject: SubjectUnits, what: string): void {
  if (!mayActOn(caller, subject))
    throw new CommandError('FORBIDDEN', `${what} belongs to another unit`, undefined, {
      zh: '这属于其他单位，本单位无权查看或报送',
      en: 'This belongs to another unit',
    });
}

export function refuseUnitList(caller: Caller, unitId: string): void {
  if (!maySeeUnit(caller, unitId))
    throw new CommandError('FORBIDDEN', 'a reporter sees only its own unit', undefined, {
      zh: '只能查看本单位的任务',
      en: "Only your own unit's tasks can be seen",
    });
}
