/**
 * The filled-in task template uploaded again: every row is checked (known task of the plan, known units, dates
 * not before today at Asia/Shanghai, a known frequency) and all rows are applied in one audited transaction —
 * or none, with every bad row named.
 */
import { bulkAssign, listTasks, listUnits } from '@gangmu/storage';
import { todayOf } from '../calendar.ts';
import { CommandError } from '../command-error.ts';
import type { CommandContext } from '../context.ts';
import { parseUpload } from './task-sheet.ts';

export interface ImportTaskSheetOptions {
  readonly planId: string;
  readonly bytes: Uint8Array;
}

export async function importTaskSheet(
  ctx: CommandContext,
  o: ImportTaskSheetOptions,
): Promise<{ applied: number }> {
  const k = ctx.db.kysely;
  const result = await parseUpload(o.bytes, {
    tasks: await listTasks(k, { planId: o.planId }),
    units: await listUnits(k),
    today: todayOf(ctx),
  });
  if (result.ok) return { applied: await bulkAssign(k, ctx.caller.actor, result.rows) };
  const n = result.rowErrors.length;
  const details = { fileError: result.fileError ?? null, rowErrors: result.rowErrors.slice(0, 500) };
  throw new CommandError(
    'INVALID',
    result.fileError ?? `${n} rows are wrong; nothing was changed`,
    details,
    result.fileError
      ? bilingual(result.fileError)
      : { zh: `${n} 行有误，未做任何修改`, en: `${n} rows are wrong; nothing was changed` },
  );
}

/** The sheet's file errors read "中文 / English": each language gets its half. */
function bilingual(text: string): { zh: string; en: string } {
  const at = text.indexOf(' / ');
  return at < 0 ? { zh: text, en: text } : { zh: text.slice(0, at), en: text.slice(at + 3) };
}
