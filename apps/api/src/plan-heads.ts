/**
 * The plan "head" (published version, data stamp, period) read by every hot request, kept for at most
 * `ttlMs`. Any write through this server clears it at once, so a client always reads its own writes; a
 * write made through another app server on the same database is seen within `ttlMs` (1 s by default).
 */
import { getPlanHead, type Db } from '@gangmu/storage';

type Head = Awaited<ReturnType<typeof getPlanHead>>;

export class PlanHeads {
  private readonly heads = new Map<string, { head: Head; at: number }>();
  constructor(
    private readonly db: Db,
    private readonly ttlMs = 1000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  async get(planId: string): Promise<Head> {
    const hit = this.heads.get(planId);
    const t = this.clock();
    if (hit && t - hit.at < this.ttlMs) return hit.head;
    const head = await getPlanHead(this.db.kysely, planId);
    if (this.heads.size > 10_000) this.heads.clear();
    this.heads.set(planId, { head, at: t });
    return head;
  }

  clear(): void {
    this.heads.clear();
  }
}
