/**
 * Where a webhook may point (issue 12): not at this machine, the local network or the cloud's metadata address,
 * unless an administrator allows an intranet receiver (WEBHOOK_ALLOW=10.0.0.0/8,192.168.1.20 …). The check
 * resolves the host name (every address it has) and is made twice: when the webhook is registered (400 with the
 * reason) and as the delivery connects — the socket's own DNS lookup goes through it, so a name that resolved to
 * a public address at registration and to 127.0.0.1 later (DNS rebinding) gets no connection.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Lang } from '../errors.ts';

export type TargetProblem =
  'bad_url' | 'unresolved' | 'loopback' | 'link_local' | 'private' | 'unspecified' | 'own_port';

export interface WebhookPolicy {
  /** Addresses and ranges an administrator allowed (WEBHOOK_ALLOW); null: none. */
  readonly allow: BlockList | null;
  /** This server's ports (its own HTTP port, the database's): never a target on this machine, allowed or not. */
  readonly ownPorts: () => readonly number[];
}

/** No allow-list and no own ports known: every private, loopback and link-local address refused. */
export const STRICT_WEBHOOK_POLICY: WebhookPolicy = { allow: null, ownPorts: () => [] };

/** The ranges refused unless allowed, each with its reason. IPv4-mapped IPv6 is unwrapped first. */
const DENIED: readonly [TargetProblem, BlockList][] = (() => {
  const list = (ranges: [string, number, 'ipv4' | 'ipv6'][]) => {
    const b = new BlockList();
    for (const [net, prefix, family] of ranges) b.addSubnet(net, prefix, family);
    return b;
  };
  return [
    [
      'unspecified',
      list([
        ['0.0.0.0', 8, 'ipv4'],
        ['::', 128, 'ipv6'],
      ]),
    ],
    [
      'loopback',
      list([
        ['127.0.0.0', 8, 'ipv4'],
        ['::1', 128, 'ipv6'],
      ]),
    ],
    [
      'link_local',
      list([
        ['169.254.0.0', 16, 'ipv4'],
        ['fe80::', 10, 'ipv6'],
      ]),
    ],
    [
      'private',
      list([
        ['10.0.0.0', 8, 'ipv4'],
        ['172.16.0.0', 12, 'ipv4'],
        ['192.168.0.0', 16, 'ipv4'],
        ['100.64.0.0', 10, 'ipv4'],
        ['fc00::', 7, 'ipv6'],
      ]),
    ],
  ];
})();

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** ::ffff:127.0.0.1 → 127.0.0.1, so that a mapped address meets the IPv4 ranges. */
function unwrap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * Parses WEBHOOK_ALLOW: addresses and CIDR ranges, comma-separated. Returns the list and the entries it could
 * not read.
 */
export function parseWebhookAllow(text: string | undefined): { allow: BlockList | null; wrong: string[] } {
  const entries = (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { allow: null, wrong: [] };
  const allow = new BlockList();
  const wrong: string[] = [];
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = Number(prefix);
    if (!family || rest.length) wrong.push(entry);
    else if (prefix === undefined) allow.addAddress(address, familyOf(address));
    else if (/^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128))
      allow.addSubnet(address, bits, familyOf(address));
    else wrong.push(entry);
  }
  return { allow, wrong };
}

/** This machine's own addresses (every interface), where the own-port rule applies. */
function isThisMachine(address: string): boolean {
  if (DENIED[0]![1].check(address, familyOf(address)) || DENIED[1]![1].check(address, familyOf(address)))
    return true;
  return Object.values(networkInterfaces()).some((list) => list?.some((i) => unwrap(i.address) === address));
}

/** Why one resolved address may not be a target, or null when it may. */
export function addressProblem(address: string, port: number, policy: WebhookPolicy): TargetProblem | null {
  const a = unwrap(address);
  if (policy.ownPorts().includes(port) && isThisMachine(a)) return 'own_port';
  if (policy.allow?.check(a, familyOf(a))) return null;
  for (const [problem, ranges] of DENIED) if (ranges.check(a, familyOf(a))) return problem;
  return null;
}

export type TargetCheck =
  | { readonly ok: true; readonly addresses: readonly string[] }
  | { readonly ok: false; readonly problem: TargetProblem; readonly address?: string };

const portOf = (url: URL) => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);

/** Resolves every address of the URL's host and checks each; refused if any one is refused. */
export async function checkWebhookTarget(urlText: string, policy: WebhookPolicy): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return { ok: false, problem: 'bad_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'bad_url' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await new Promise<LookupAddress[] | null>((resolve) =>
    dnsLookup(host, { all: true, verbatim: true }, (err, list) => resolve(err ? null : list)),
  );
  if (!addresses?.length) return { ok: false, problem: 'unresolved' };
  for (const { address } of addresses) {
    const problem = addressProblem(address, portOf(url), policy);
    if (problem) return { ok: false, problem, address };
  }
  return { ok: true, addresses: addresses.map((a) => a.address) };
}

/**
 * A `lookup` for http.request/https.request that resolves every address and refuses the connection when any is
 * refused by the policy: the check at delivery, at the moment of connecting.
 */
export function checkedLookup(policy: WebhookPolicy, port: number) {
  return (
    hostname: string,
    options: { all?: boolean },
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, list) => {
      if (err) return callback(err, '');
      for (const { address } of list) {
        const problem = addressProblem(address, port, policy);
        if (problem) return callback(new Error(targetReason(problem, address, 'en')), '');
      }
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

export { portOf as webhookPort };

const REASONS: Record<TargetProblem, { zh: string; en: string }> = {
  bad_url: { zh: '不是 http(s) 地址', en: 'is not an http(s) URL' },
  unresolved: { zh: '域名无法解析', en: 'does not resolve' },
  loopback: { zh: '指向本机回环地址', en: 'resolves to a loopback address' },
  link_local: { zh: '指向链路本地地址（含云平台元数据地址）', en: 'resolves to a link-local address' },
  private: { zh: '指向内网地址', en: 'resolves to a private address' },
  unspecified: { zh: '指向未指定地址', en: 'resolves to an unspecified address' },
  own_port: { zh: '指向本服务器自身的端口', en: "targets one of this server's own ports" },
};

/** The reason in the caller's language, with the address and what to do for an intranet receiver. */
export function targetReason(problem: TargetProblem, address: string | undefined, lang: Lang): string {
  const at = address ? ` ${address}` : '';
  const hint =
    problem === 'own_port' || problem === 'bad_url' || problem === 'unresolved'
      ? ''
      : lang === 'zh'
        ? '；内网接收端须由管理员加入 WEBHOOK_ALLOW'
        : '; an intranet receiver must be listed in WEBHOOK_ALLOW';
  return lang === 'zh' ? `url ${REASONS[problem].zh}${at}${hint}` : `url ${REASONS[problem].en}${at}${hint}`;
}
