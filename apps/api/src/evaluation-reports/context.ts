/** What every report use case takes besides its options: the database, the day, who acts (STYLE habit 9). */
import type { Kysely } from 'kysely';
import type { Actor, Database } from '@gangmu/storage';

export interface ReportContext {
  readonly db: Kysely<Database>;
  /** Today as YYYY-MM-DD: the drafting date and what "overdue" is measured against. */
  readonly today: string;
  readonly actor: Actor;
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
