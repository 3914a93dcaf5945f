/**
 * People edit a draft paragraph by paragraph; the data keeps moving. Regenerating takes a fresh draft and carries
 * every edited paragraph over by its block id, so tables and untouched text follow the data while edited prose
 * survives. An edited paragraph whose anchor is gone from the fresh draft (a category emptied, say) stays at the
 * end of its section rather than being lost.
 */
import type { Block, ReportModel } from '../model/report-model.ts';

export type EditResult =
  | { readonly ok: true; readonly report: ReportModel }
  | { readonly ok: false; readonly code: 'BLOCK_NOT_FOUND' | 'NOT_EDITABLE'; readonly message: string };

/** Replaces one paragraph's text and marks it edited; headings and tables are not edited as text. */
export function editParagraph(report: ReportModel, blockId: string, text: string): EditResult {
  let found: Block | undefined;
  const sections = report.sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => {
      if (b.id !== blockId) return b;
      found = b;
      return b.type === 'paragraph' ? { ...b, text, edited: true } : b;
    }),
  }));
  if (!found) return { ok: false, code: 'BLOCK_NOT_FOUND', message: `段落 ${blockId} 不存在` };
  if (found.type !== 'paragraph')
    return { ok: false, code: 'NOT_EDITABLE', message: `${blockId} 不是可编辑的段落` };
  return { ok: true, report: { ...report, sections } };
}

export function regenerateReport(current: ReportModel, fresh: ReportModel): ReportModel {
  const edited = new Map<string, Block>();
  for (const s of current.sections)
    for (const b of s.blocks) if (b.type === 'paragraph' && b.edited) edited.set(b.id, b);
  const sections = fresh.sections.map((s) => {
    const blocks = s.blocks.map((b) => edited.get(b.id) ?? b);
    const kept = new Set(blocks.map((b) => b.id));
    const orphans = (current.sections.find((c) => c.id === s.id)?.blocks ?? []).filter(
      (b) => edited.has(b.id) && !kept.has(b.id),
    );
    return { ...s, blocks: [...blocks, ...orphans] };
  });
  return { ...fresh, sections };
}
