/**
 * Real local receivers for notifications: an HTTP server that records webhook deliveries (and can be told
 * to fail), and an SMTP server (the smtp-server package) that records the mails it accepts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseWebhookAllow, type WebhookPolicy } from '../src/supervision/webhook-target.ts';

/** The receivers below listen on 127.0.0.1: servers and schedulers in tests allow it (WEBHOOK_ALLOW). */
export const LOCAL_WEBHOOK_ALLOW = '127.0.0.1';
export const LOCAL_WEBHOOK_POLICY: WebhookPolicy = {
  allow: parseWebhookAllow(LOCAL_WEBHOOK_ALLOW).allow,
  ownPorts: () => [],
};

export interface WebhookHit {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export async function startWebhookReceiver(): Promise<{
  url: string;
  hits: WebhookHit[];
  failNext: (n: number) => void;
  close: () => Promise<void>;
}> {
  const hits: WebhookHit[] = [];
  let failures = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (failures > 0) {
        failures--;
        res.writeHead(503).end('try later');
        return;
      }
      hits.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    hits,
    failNext: (n) => (failures = n),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Mail {
  readonly to: string[];
  readonly raw: string;
  /** The X-Gangmu-Notice header (the notice's key), unfolded. */
  readonly notice: string | null;
}

export async function startSmtpReceiver(): Promise<{
  mails: Mail[];
  transport: Transporter;
  close: () => Promise<void>;
}> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
      stream.on('end', () => {
        const unfolded = raw.replace(/\r?\n[ \t]+/g, '');
        const notice = /^X-Gangmu-Notice:\s*(\S+)/im.exec(unfolded)?.[1] ?? null;
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, notice });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return { mails, transport, close: () => new Promise((r) => server.close(() => r())) };
}
