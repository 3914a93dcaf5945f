/**
 * Sends one queued notice: e-mail through SMTP (nodemailer), or a webhook POST signed with HMAC-SHA256 in
 * the shape its preset needs (plain JSON, WeCom or DingTalk group robots). Throws on failure; the caller
 * retries with backoff and finally moves the notice to the dead-letter list.
 */
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Transporter } from 'nodemailer';
import type { OutboxTable, WebhooksTable } from '@gangmu/storage';
import { isIP } from 'node:net';
import {
  addressProblem,
  checkedLookup,
  targetReason,
  webhookPort,
  type WebhookPolicy,
} from './webhook-target.ts';

export interface DeliveryDeps {
  readonly mailer: Transporter | null;
  readonly mailFrom: string;
  readonly findWebhook: (id: string) => Promise<WebhooksTable | undefined>;
  /** Where webhooks may connect; checked again as each delivery connects (DNS rebinding). */
  readonly webhookPolicy: WebhookPolicy;
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
    const status = await postChecked(hook.url, body, deps.webhookPolicy, deps.timeoutMs ?? 10_000, {
      'content-type': 'application/json; charset=utf-8',
      'x-gangmu-event': notice.event,
      'x-gangmu-delivery': notice.id,
      'x-gangmu-timestamp': timestamp,
      'x-gangmu-signature': signature(hook.secret, timestamp, body),
    });
    if (status < 200 || status > 299) throw new Error(`webhook answered ${status}`);
    return;
  }
}

/**
 * POSTs `body` to `url` through a socket whose DNS lookup checks every address against the policy (no
 * connection at all to a refused address); resolves with the status, the answer's body is discarded.
 */
function postChecked(
  urlText: string,
  body: string,
  policy: WebhookPolicy,
  timeoutMs: number,
  headers: Record<string, string>,
): Promise<number> {
  const url = new URL(urlText);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  // An address in the URL itself is connected to without a lookup: check it here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  const problem = isIP(literal) ? addressProblem(literal, webhookPort(url), policy) : null;
  if (problem) return Promise.reject(new Error(targetReason(problem, literal, 'en')));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: checkedLookup(policy, webhookPort(url)) as never,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`webhook did not answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
