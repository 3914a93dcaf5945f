/**
 * Audit anchors (issue 12): the chain head copied, now and then, to a file outside the database, opened for
 * appending only. Whoever can rewrite the tables can re-hash the chain after an edit, or cut its end and rewind
 * the head, and the chain alone still verifies; checked against the anchors it does not.
 *
 * One anchor per line: {"seq":…,"hash":"…","at":"…"} (JSON lines, the file is read line by line and never
 * rewritten). `gangmu audit anchor` appends one; the server appends one every ANCHOR_INTERVAL_S while
 * ANCHOR_FILE is set (apps/api/src/audit-anchor.ts); `gangmu audit verify --anchor FILE` checks them all.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { readAuditHead, verifyAuditChain, type AuditAnchor, type ChainReport } from '@gangmu/storage';
import { CommandError } from './command-error.ts';
import type { CommandContext } from './context.ts';

/** Anchoring and verifying read files the operator names: the system (CLI, server), administrators, auditors. */
function mayUseAnchors(ctx: CommandContext): boolean {
  const { caller } = ctx;
  const system = caller.role === null && caller.actor.id === null && caller.actor.name === 'system';
  return system || caller.role === 'admin' || caller.role === 'auditor';
}

function refuseUnlessAllowed(ctx: CommandContext): void {
  if (!mayUseAnchors(ctx))
    throw new CommandError('FORBIDDEN', 'audit anchors: system, admin or auditor only', undefined, {
      zh: '只有系统管理员和审计人员可以使用留痕锚点',
      en: 'Only administrators and auditors may use audit anchors',
    });
}

export interface AnchorAuditHeadOptions {
  /** The append-only anchor file. */
  readonly file: string;
}

/** Appends the current head {seq, hash, at} as one line to the anchor file, and returns it. */
export async function anchorAuditHead(
  ctx: CommandContext,
  options: AnchorAuditHeadOptions,
): Promise<AuditAnchor> {
  refuseUnlessAllowed(ctx);
  const head = await readAuditHead(ctx.db.kysely);
  const anchor: AuditAnchor = { seq: head.seq, hash: head.hash, at: ctx.now().toISOString() };
  try {
    // 'a': O_APPEND, so a line is only ever added at the end, never over what is there.
    await appendFile(options.file, `${JSON.stringify(anchor)}\n`, { flag: 'a', mode: 0o600 });
  } catch (e) {
    throw new CommandError(
      'INVALID',
      `cannot append to the anchor file ${options.file}: ${(e as Error).message}`,
      { file: options.file },
      {
        zh: `无法写入锚点文件 ${options.file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        en: `Cannot append to the anchor file ${options.file}: ${(e as Error).message}`,
      },
    );
  }
  return anchor;
}

const isAnchor = (v: unknown): v is AuditAnchor => {
  const a = v as Partial<AuditAnchor> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    Number.isSafeInteger(a.seq) &&
    (a.seq as number) >= 0 &&
    typeof a.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(a.hash) &&
    typeof a.at === 'string' &&
    !Number.isNaN(Date.parse(a.at))
  );
};

/** The anchors of a file's text; a line that is not an anchor is refused with its number (a damaged file). */
export function parseAnchors(text: string, file: string): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (!isAnchor(value))
      throw new CommandError(
        'INVALID',
        `anchor file ${file}, line ${i + 1}: not an anchor`,
        { file, line: i + 1 },
        {
          zh: `锚点文件 ${file} 第 ${i + 1} 行不是锚点（应为 {"seq":…,"hash":"…","at":"…"}），文件可能已损坏`,
          en: `Anchor file ${file}, line ${i + 1} is not an anchor (expected {"seq":…,"hash":"…","at":"…"}); the file may be damaged`,
        },
      );
    anchors.push({ seq: value.seq, hash: value.hash, at: value.at });
  }
  return anchors;
}

export interface VerifyAuditTrailOptions {
  /** An anchor file to check the chain against; without it only the chain itself is checked. */
  readonly anchorFile?: string;
}

/**
 * Recomputes the hash chain and, with an anchor file, checks that the event at every anchored seq still has
 * the anchored hash and that the chain still reaches it. The report names the first problem.
 */
export async function verifyAuditTrail(
  ctx: CommandContext,
  options: VerifyAuditTrailOptions = {},
): Promise<ChainReport> {
  refuseUnlessAllowed(ctx);
  if (options.anchorFile === undefined) return verifyAuditChain(ctx.db.kysely);
  const file = options.anchorFile;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CommandError(
      'NOT_FOUND',
      `cannot read the anchor file ${file}: ${(e as Error).message}`,
      { file },
      {
        zh: `无法读取锚点文件 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        en: `Cannot read the anchor file ${file}: ${(e as Error).message}`,
      },
    );
  }
  const anchors = parseAnchors(text, file);
  if (anchors.length === 0)
    throw new CommandError(
      'INVALID',
      `anchor file ${file} holds no anchor`,
      { file },
      {
        zh: `锚点文件 ${file} 中没有锚点，无法据此校验`,
        en: `The anchor file ${file} holds no anchor to verify against`,
      },
    );
  return verifyAuditChain(ctx.db.kysely, { anchors });
}

/** A moment in the plan offices' time (UTC+8), for the zh-CN wording. */
const shanghai = (iso: string): string =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** What a chain report says, in zh-CN and English (the CLI prints both; the failure names the anchored seq). */
export function describeChainReport(report: ChainReport): { zh: string; en: string } {
  const anchors = report.anchors === undefined ? '' : `，与 ${report.anchors} 个锚点一致`;
  const anchorsEn = report.anchors === undefined ? '' : `, matching ${report.anchors} anchors`;
  if (report.ok || !report.first)
    return {
      zh: `留痕链完整：${report.events} 条事件${anchors}`,
      en: `audit chain intact: ${report.events} events${anchorsEn}`,
    };
  const first = report.first;
  switch (first.problem) {
    case 'rewritten':
      return {
        zh: `留痕链与锚点不符：第 ${first.seq} 条事件的哈希与 ${shanghai(first.anchor.at)} 锚定的不同，该事件或其之前的事件在锚定后被改写并重新计算了哈希`,
        en: `audit chain does not match its anchor: event ${first.seq} has another hash than the one anchored at ${first.anchor.at}; it or an earlier event was rewritten and the chain re-hashed`,
      };
    case 'rewound':
      return {
        zh: `留痕链与锚点不符：${shanghai(first.anchor.at)} 已锚定第 ${first.seq} 条事件，现在的链只有 ${report.events} 条，末尾被截断并回退了链头`,
        en: `audit chain does not match its anchor: event ${first.seq} was anchored at ${first.anchor.at}, the chain now ends at ${report.events}; its end was cut and the head rewound`,
      };
    default: {
      const what = {
        altered: ['被篡改', 'altered'],
        missing: ['缺失', 'missing'],
        broken_link: ['链接断开', 'broken link'],
        truncated: ['末尾被截断', 'truncated'],
      }[first.problem];
      return {
        zh: `留痕链校验失败：第 ${first.seq} 条事件${what[0]}（之前 ${report.events} 条完好）`,
        en: `audit chain broken: event ${first.seq} ${what[1]} (${report.events} intact before it)`,
      };
    }
  }
}
