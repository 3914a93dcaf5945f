/**
 * Who hears of what: a notice goes to each recipient's inbox, to their e-mail when they have one, and — for
 * warnings, urges and escalations — to every webhook. Each notice is keyed, so queueing it again is a no-op.
 */
import type { Notice, WebhooksTable } from '@gangmu/storage';

export interface Person {
  readonly id: string;
  readonly email?: string | null;
  readonly role: string;
  readonly unit_id: string | null;
}

export interface NoticeText {
  /** What makes the notice the same notice (with the channel and recipient appended). */
  readonly key: string;
  readonly event: string;
  readonly subject: string;
  readonly body: string;
  readonly data: unknown;
}

export class NoticeBook {
  readonly notices: Notice[] = [];
  constructor(
    readonly people: readonly Person[],
    private readonly hooks: readonly Pick<WebhooksTable, 'id'>[],
  ) {}

  /** A unit's reporters. */
  reporters = (unitId: string | null) =>
    this.people.filter((p) => p.role === 'reporter' && p.unit_id !== null && p.unit_id === unitId);
  /** A unit's leaders. */
  leaders = (unitId: string | null) =>
    this.people.filter((p) => p.role === 'leader' && p.unit_id !== null && p.unit_id === unitId);
  supervisors = () => this.people.filter((p) => p.role === 'supervisor');

  to(recipients: readonly Person[], n: NoticeText, withHooks: boolean): void {
    const { key, ...text } = n;
    for (const p of recipients) {
      this.notices.push({ key: `${key}:inbox:${p.id}`, channel: 'inbox', recipient: p.id, ...text });
      if (p.email)
        this.notices.push({ key: `${key}:email:${p.email}`, channel: 'email', recipient: p.email, ...text });
    }
    if (withHooks)
      for (const h of this.hooks)
        this.notices.push({ key: `${key}:webhook:${h.id}`, channel: 'webhook', recipient: h.id, ...text });
  }

  /** An e-mail only (the daily digest). */
  mail(p: Person, n: NoticeText): void {
    const { key, ...text } = n;
    if (p.email) this.notices.push({ key, channel: 'email', recipient: p.email, ...text });
  }
}
