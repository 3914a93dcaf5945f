/**
 * Sends one queued notice: e-mail through SMTP (nodemailer), or a webhook POST signed with HMAC-SHA256 in
 * the shape its preset needs (plain JSON, WeCom or DingTalk group robots). Throws on failure; the caller
 * retries with backoff and finally moves the notice to the dead-letter list.
 */
import { createHmac } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { OutboxTable, WebhooksTable } from '@gangmu/storage';

export interface DeliveryDeps {
  readonly mailer: Transporter | null;
  readonly mailFrom: string;
  readonly findWebhook: (id: string) => Promise<WebhooksTable | undefined>;
  readonly fetch: typeof fetch;
  readonly now: () => Date;
  readonly timeoutMs?: number;
}

/** The webhook body for a preset. */
export function webhookPayload(
  preset: WebhooksTable['preset'],
  notice: Pick<OutboxTable, 'id' | 'event' | 'subject' | 'body' | 'data'>,
  sentAt: string,
): unknown {
  switch (preset) {
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: `**${notice.subject}**\n${notice.body}` } };
    case 'dingtalk':
      return {
        msgtype: 'markdown',
        markdown: { title: notice.subject, text: `### ${notice.subject}\n\n${notice.body}` },
      };
    case 'json':
      return {
        event: notice.event,
        subject: notice.subject,
        body: notice.body,
        data: JSON.parse(notice.data),
        deliveryId: notice.id,
        sentAt,
      };
  }
}

/** HMAC-SHA256 over "timestamp.body" with the webhook's secret, as receivers verify it. */
export const signature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export async function deliver(notice: OutboxTable, deps: DeliveryDeps): Promise<void> {
  if (notice.channel === 'email') {
    if (!deps.mailer) throw new Error('no SMTP server configured (SMTP_URL)');
    await deps.mailer.sendMail({
      from: deps.mailFrom,
      to: notice.recipient,
      subject: notice.subject,
      text: notice.body,
      headers: { 'X-Gangmu-Notice': notice.key },
    });
    return;
  }
  if (notice.channel === 'webhook') {
    const hook = await deps.findWebhook(notice.recipient);
    if (!hook) throw new Error(`webhook ${notice.recipient} no longer exists`);
    const sentAt = deps.now().toISOString();
    const body = JSON.stringify(webhookPayload(hook.preset, notice, sentAt));
    const timestamp = String(Math.floor(deps.now().getTime() / 1000));
    const res = await deps.fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-gangmu-event': notice.event,
        'x-gangmu-delivery': notice.id,
        'x-gangmu-timestamp': timestamp,
        'x-gangmu-signature': signature(hook.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    return;
  }
}
