/**
 * `gangmu sweep [--plan ID] [--database URL]`: the warning sweep without a server — the commands run-sweep and
 * queue-notices on the configured database. Notices are queued, not sent: a running server's scheduler delivers
 * them (keyed, so a later tick or another sweep queues none twice).
 */
import { queueNotices, runSweep, SYSTEM_CALLER, type CommandContext } from '@gangmu/commands';
import { getPlanRow, StorageError } from '@gangmu/storage';
import type { Io } from '../main.ts';
import { option, withDb } from './admin.ts';

export async function runSweepCommand(args: readonly string[], io: Io): Promise<number> {
  const planId = option(args, 'plan');
  if (args.includes('--plan') && !planId) {
    io.stderr.write('用法 / usage: gangmu sweep [--plan ID] [--database URL]\n');
    return 2;
  }
  const code = await withDb(args, io, async (db) => {
    const ctx: CommandContext = { db, now: io.now ?? (() => new Date()), caller: SYSTEM_CALLER };
    if (planId) {
      const found = await getPlanRow(db.kysely, planId).catch((e: unknown) => {
        if (e instanceof StorageError && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      if (!found) {
        io.stderr.write(`没有这个规划 / no such plan: ${planId}\n`);
        return 1;
      }
    }
    const swept = await runSweep(ctx, planId ? { planId } : {});
    const { queued } = await queueNotices(ctx, { today: swept.today, raised: swept.raised, planId });
    const c = swept.checked;
    io.stdout.write(
      `${swept.today} 预警扫描 / sweep${planId ? `（规划 plan ${planId}）` : ''}\n` +
        `检查 checked: 任务 tasks ${c.tasks}，指标 indicators ${c.indicators}，项目 projects ${c.projects}，` +
        `定期报送 scheduled ${c.scheduled}，意见 opinions ${c.opinions}，规划衔接 linked plans ${c.plans}\n` +
        `新预警 warnings raised: ${swept.raised.length}，待发通知 notices queued: ${queued}\n`,
    );
    return 0;
  });
  return code ?? 1;
}
