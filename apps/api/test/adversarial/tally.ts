/**
 * The adversarial suite's ledger (issue 12). Every hostile request is one attempt; it is answered well when the
 * server says 4xx (or 503 while the database is away) and nothing changed — the audit head (every write appends
 * to it) before and after, and for each file a count of every table's rows. It is lost when the answer is any
 * other 5xx, when the connection died without an answer where one was due, when the attack was accepted (2xx),
 * or when something changed that should not have. Each file writes its ledger to .test-results/adversarial/;
 * scripts/run-tests.mjs adds them up into one line: "N tried, N answered 4xx/503 with nothing changed, N lost".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { readAuditHead, verifyAuditChain, type Database, type Db } from '@gangmu/storage';

export const LEDGER_DIR = resolve(import.meta.dirname, '../../../../.test-results/adversarial');

export interface Attempt {
  readonly label: string;
  /** The HTTP status; 0 when the connection ended without one. */
  readonly status: number;
  readonly changed: boolean;
  /** A 2xx that changed nothing and told nothing (an empty list under an id that does not exist). */
  readonly harmless?: boolean;
}

export interface ProbeOptions<R> {
  /** Audit actions the attempt is expected to leave (the lock of a guessed name, `user.locked`). */
  readonly mayAudit?: readonly string[];
  /** Whether a 2xx answer discloses nothing (then it is neither refused nor lost, and counted apart). */
  readonly harmless?: (res: R) => boolean;
}

/** Tables whose rows hostile requests may legitimately add: sign-in failures are counted, sessions opened. */
const VOLATILE = new Set(['sessions', 'login_throttle', 'kysely_migration', 'kysely_migration_lock']);

/** Every table's row count and the audit head: what a refused request must leave as it was. */
export async function snapshot(db: Db): Promise<Record<string, number | string>> {
  const k = db.kysely;
  const names =
    db.driver === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(k)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
          k,
        );
  const out: Record<string, number | string> = {};
  for (const { name } of names.rows
    .filter((r) => !VOLATILE.has(r.name) && !r.name.startsWith('sqlite_'))
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(k);
    out[name] = Number(r.rows[0]!.n);
  }
  const head = await readAuditHead(k);
  out.audit_head = `${head.seq}:${head.hash}`;
  return out;
}

export class Tally {
  readonly attempts: Attempt[] = [];
  /** Changes found by the whole-file snapshot that no single attempt showed (each counts as lost). */
  readonly changes: string[] = [];
  private before: Record<string, number | string> | null = null;
  private beforeSeq = 0;
  private readonly mayAudit = new Set<string>();
  constructor(readonly name: string) {}

  /** Takes the whole-file snapshot (before the first attempt). */
  async begin(db: Db): Promise<void> {
    this.before = await snapshot(db);
    this.beforeSeq = (await readAuditHead(db.kysely)).seq;
  }

  /** Compares the database with the snapshot of begin(); returns what is lost, for the file's last test. */
  async end(db: Db): Promise<string[]> {
    if (this.before) {
      // The audit trail may have grown by the expected events only (checked one by one); every other table not at all.
      const after = await snapshot(db);
      const { audit_events: _e, audit_head: _h, ...rest } = this.before;
      const { audit_events: _e2, audit_head: _h2, ...restAfter } = after;
      this.changes.push(...differences(rest, restAfter));
      const events = await db.kysely
        .selectFrom('audit_events')
        .select(['seq', 'action'])
        .where('seq', '>', this.beforeSeq)
        .execute();
      for (const e of events)
        if (!this.mayAudit.has(e.action)) this.changes.push(`audit event ${e.seq} ${e.action}`);
      const chain = await verifyAuditChain(db.kysely);
      if (!chain.ok) this.changes.push(`audit chain broken at ${chain.first?.seq}`);
    }
    this.flush();
    return [
      ...this.lost.map((a) => `${a.label} → ${a.status || 'no answer'}${a.changed ? ', changed' : ''}`),
      ...this.changes,
    ];
  }

  /** One attempt that must be refused: 4xx, or 503 (the database away), with nothing changed. */
  record(label: string, status: number, changed: boolean, harmless = false): void {
    this.attempts.push({ label, status, changed, harmless: harmless && !changed && status < 300 });
  }

  /**
   * Sends `send` between two readings of the audit trail and records each answer. `mayAudit`: actions an
   * attempt is expected to leave (the lock of a guessed name, `user.locked`); any other event is a change.
   */
  async probe<R extends { statusCode: number }>(
    db: Kysely<Database>,
    label: string,
    send: () => Promise<R>,
    options: ProbeOptions<R> = {},
  ): Promise<R> {
    const [res] = await this.probeAll(db, label, async () => [await send()], options);
    return res!;
  }

  /** As probe, for requests sent at once (a race): each answer is one attempt. */
  async probeAll<R extends { statusCode: number }>(
    db: Kysely<Database>,
    label: string,
    send: () => Promise<R[]>,
    options: ProbeOptions<R> = {},
  ): Promise<R[]> {
    const mayAudit = options.mayAudit ?? [];
    for (const a of mayAudit) this.mayAudit.add(a);
    const before = await readAuditHead(db);
    const answers = await send();
    const changed = await changedSince(db, before.seq, mayAudit);
    answers.forEach((r, i) =>
      this.record(
        answers.length > 1 ? `${label} #${i + 1}` : label,
        r.statusCode,
        changed,
        options.harmless?.(r) ?? false,
      ),
    );
    return answers;
  }

  static refused = (a: Attempt): boolean =>
    !a.changed && ((a.status >= 400 && a.status < 500) || a.status === 503);

  get lost(): Attempt[] {
    return this.attempts.filter((a) => !Tally.refused(a) && !a.harmless);
  }

  get harmless(): Attempt[] {
    return this.attempts.filter((a) => a.harmless);
  }

  line(): string {
    const answered = this.attempts.filter(Tally.refused).length;
    const lost = this.lost.length + this.changes.length;
    const harmless = this.harmless.length
      ? ` (${this.harmless.length} more answered 2xx, disclosing and changing nothing)`
      : '';
    return `${this.attempts.length} tried, ${answered} answered 4xx/503 with nothing changed, ${lost} lost${harmless}`;
  }

  /** Writes the ledger for run-tests.mjs and prints this file's own line. */
  flush(): void {
    mkdirSync(LEDGER_DIR, { recursive: true });
    const file = join(LEDGER_DIR, `${this.name.replace(/[^\w.-]+/g, '_')}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        tried: this.attempts.length,
        answered: this.attempts.filter(Tally.refused).length,
        harmless: [
          ...new Set(
            this.harmless.map((a) => a.label.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, ':id')),
          ),
        ],
        harmlessCount: this.harmless.length,
        lost: [
          ...this.lost.map((a) => `${a.label} → ${a.status || 'no answer'}${a.changed ? ', changed' : ''}`),
          ...this.changes,
        ],
      }),
    );
    console.log(`adversarial ${this.name}: ${this.line()}`);
  }
}

/** Whether events other than the expected ones were appended after `seq`. */
async function changedSince(
  db: Kysely<Database>,
  seq: number,
  mayAudit: readonly string[],
): Promise<boolean> {
  const events = await db.selectFrom('audit_events').select('action').where('seq', '>', seq).execute();
  return events.some((e) => !mayAudit.includes(e.action));
}

/** The tables whose row counts or the audit head differ between two snapshots. */
export function differences(
  before: Record<string, number | string>,
  after: Record<string, number | string>,
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k]} → ${after[k]}`);
}
