/** Presenters for a draft: the gold-file JSON shape, and an indented outline a person can read. */
import type { Diagnostic, PlanDraft } from '@gangmu/domain';
import { formatChineseNumber } from './normalize/chinese-numerals.ts';

/**
 * The draft exactly in the shape of the gold files (title, issuer, period, baseYear, parts, chapters[].sections[].items[],
 * boxes[].projects[], indicators[], proseTargets[], baselines[]) plus the diagnostics. Line numbers stay on
 * diagnostics, prose targets and baselines, where a reviewer needs them.
 */
export function toGoldShape(draft: PlanDraft, diagnostics: readonly Diagnostic[]): Record<string, unknown> {
  return {
    title: draft.title,
    issuer: draft.issuer,
    period: draft.period,
    baseYear: draft.baseYear,
    ...(draft.parts.length > 0 ? { parts: draft.parts.map((p) => ({ no: p.no, title: p.title })) } : {}),
    chapters: draft.chapters.map((c) => ({
      no: c.no,
      title: c.title,
      ...(draft.parts.length > 0 ? { part: c.part ?? null } : {}),
      tocPage: c.tocPage ?? null,
      sections: c.sections.map((s) => ({
        no: s.no,
        title: s.title,
        tocPage: s.tocPage ?? null,
        items: s.items.map((it) => ({ no: it.no, title: it.title, text: it.text })),
      })),
    })),
    boxes: draft.boxes.map((b) => ({
      no: b.no,
      title: b.title,
      chapter: b.chapter,
      section: b.section,
      projects: b.projects.map((p) => ({ no: p.no, name: p.name, description: p.description })),
    })),
    indicators: draft.indicators.map((i) => ({
      category: i.category,
      name: i.name,
      unit: i.unit,
      previousPeriod: i.previousPeriod,
      target: i.target,
      attribute: i.attribute,
      targetSpec: i.targetSpec,
    })),
    proseTargets: draft.proseTargets,
    baselines: draft.baselines,
    diagnostics,
  };
}

/** The outline as an indented tree: 篇 › 章 › 节 › items, with boxes and the indicator count. */
export function formatOutlineTree(draft: PlanDraft, diagnostics: readonly Diagnostic[] = []): string {
  const out: string[] = [];
  out.push(draft.title ?? '（未识别标题）');
  const facts = [
    draft.issuer,
    draft.period
      ? `${draft.period.start}–${draft.period.end}${draft.period.vision ? `，远景 ${draft.period.vision}` : ''}`
      : null,
    draft.baseYear ? `基期 ${draft.baseYear}` : null,
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(' · '));
  let lastPart: number | null | undefined;
  for (const c of draft.chapters) {
    if (draft.parts.length > 0 && c.part !== lastPart) {
      const p = draft.parts.find((x) => x.no === c.part);
      if (p) out.push(`第${formatChineseNumber(p.no)}篇 ${p.title}`);
      lastPart = c.part;
    }
    const indent = draft.parts.length > 0 ? '  ' : '';
    out.push(`${indent}第${formatChineseNumber(c.no)}章 ${c.title}`);
    for (const s of c.sections) {
      out.push(`${indent}  第${formatChineseNumber(s.no)}节 ${s.title}`);
      for (const it of s.items) out.push(`${indent}    ${formatChineseNumber(it.no)}、${it.title}`);
    }
    for (const b of draft.boxes.filter((x) => x.chapter === c.no)) {
      out.push(
        `${indent}  [专栏${b.no}] ${b.title}${b.projects.length ? `（${b.projects.length} 个项目）` : ''}`,
      );
    }
  }
  out.push(
    `主要指标 ${draft.indicators.length} 项 · 文中量化目标 ${draft.proseTargets.length} 处 · 基期数据 ${draft.baselines.length} 处`,
  );
  const warnings = diagnostics.filter((d) => d.severity !== 'info');
  if (warnings.length) {
    out.push(`诊断 ${warnings.length} 条：`);
    for (const d of warnings)
      out.push(
        `  ${d.line === 0 ? '全文' : `${d.page ? `第 ${d.page} 页 ` : ''}第 ${d.line} 行`} [${d.code}] ${d.message}`,
      );
  }
  return out.join('\n');
}
