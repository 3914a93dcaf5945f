/**
 * Property tests: whatever the bytes, parsePlan returns (never throws, never hits an internal error)
 * and its outline keeps its invariants. Adversarial lines guard against regex backtracking blow-ups:
 * the suite's timeout is the bound, no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlanDraft } from '@gangmu/domain';
import { parsePlan } from '../src/index.ts';
import { example, fixture } from './helpers.ts';

const seedLines = example('plan.txt').toString('utf8').split('\n');
const countyLines = fixture('county-glued.txt').toString('utf8').split('\n');

function checkInvariants(draft: PlanDraft): void {
  const increasing = (nos: number[]) => nos.every((n, i) => i === 0 || n > nos[i - 1]!);
  expect(increasing(draft.chapters.map((c) => c.no))).toBe(true);
  for (const c of draft.chapters) {
    expect(increasing(c.sections.map((s) => s.no))).toBe(true);
    for (const s of c.sections) for (const it of s.items) expect(it.no).toBeGreaterThan(0);
  }
  for (const b of draft.boxes) expect(b.no).toBeGreaterThan(0);
  for (const t of draft.proseTargets) expect(Number.isFinite(t.value)).toBe(true);
}

const HEADINGS = [
  '第一章 总则',
  '第二节 目标',
  '一、任务',
  '（二）措施',
  '1.项目。内容',
  '专栏3 项目',
  '节 标题',
  '目录',
  '前言',
  '——',
  '预期性',
  '7-7.5',
  '达市标准',
  '〔13.5〕',
];

/** A plan-like text: lines drawn from real plans, markers and noise, in any order. */
const planLike = fc.array(
  fc.oneof(
    fc.constantFrom(...seedLines),
    fc.constantFrom(...countyLines),
    fc.constantFrom(...HEADINGS),
    fc.string({ maxLength: 40 }),
    fc.stringMatching(/^[第一二三四五六七八九十章节篇、（）()0-9.专栏:：\s]{0,30}$/),
  ),
  { maxLength: 200 },
);

describe('parsePlan properties', () => {
  it('should never throw and keep its invariants on plan-like text', () => {
    fc.assert(
      fc.property(planLike, (lines) => {
        const { draft, diagnostics } = parsePlan(Buffer.from(lines.join('\n')));
        expect(diagnostics.some((d) => d.code === 'internal_error')).toBe(false);
        checkInvariants(draft);
      }),
      { numRuns: 300 },
    );
  });

  it('should survive the example plan with lines deleted, duplicated, swapped and garbled', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(seedLines.length - 1),
            fc.constantFrom('delete', 'duplicate', 'swap', 'garble', 'truncate'),
          ),
          { maxLength: 30 },
        ),
        (mutations) => {
          const lines = [...seedLines];
          for (const [at, op] of mutations) {
            const i = at % Math.max(lines.length, 1);
            if (op === 'delete') lines.splice(i, 1);
            else if (op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
            else if (op === 'swap') [lines[i], lines[0]] = [lines[0] ?? '', lines[i] ?? ''];
            else if (op === 'garble') lines[i] = (lines[i] ?? '').split('').reverse().join('');
            else lines[i] = (lines[i] ?? '').slice(0, 3);
          }
          const { draft, diagnostics } = parsePlan(Buffer.from(lines.join('\n')));
          expect(diagnostics.some((d) => d.code === 'internal_error')).toBe(false);
          checkInvariants(draft);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should never throw on arbitrary bytes, and give one clear diagnostic when nothing is readable', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { diagnostics } = parsePlan(bytes);
        expect(diagnostics.some((d) => d.code === 'internal_error')).toBe(false);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('should stay linear on adversarial lines (no regex backtracking blow-up)', () => {
    const long = (s: string) => s.repeat(20_000);
    const text = [
      '南昌市某区“十四五”规划',
      long('第'),
      `第${long('一')}章`,
      long('（'),
      long('1.'),
      long('专栏'),
      `${long('7-')}7`,
      long('2020年'),
      `到2025年${long('达到55%，')}`,
      long('——'),
      long(' \u3000'),
    ].join('\n');
    const { diagnostics } = parsePlan(Buffer.from(text));
    expect(diagnostics.some((d) => d.code === 'internal_error')).toBe(false);
  });
});
