import { describe, expect, it } from 'vitest';
import {
  draftReport,
  editParagraph,
  regenerateReport,
  INDICATOR_TABLE_ID,
  type ReportModel,
} from '../src/index.ts';
import { exampleInput } from './example-input.ts';

const draft = (...args: Parameters<typeof exampleInput>): ReportModel => {
  const r = draftReport(exampleInput(...args));
  if (!r.ok) throw new Error(r.message);
  return r.report;
};

describe('draftReport', () => {
  it.each([
    ['annual', 2023, '一、总体情况', '五、下一步工作建议'],
    ['midterm', 2023, '一、总体情况', '五、下一步工作建议和规划调整建议'],
    ['final', 2025, '一、总体情况', '五、下一步工作建议'],
  ] as const)('should draft the %s report with its sections in order', (kind, year, first, fifth) => {
    const report = draft({ kind, year });
    expect(report.sections.map((s) => s.heading)).toEqual([
      first,
      '二、主要指标完成情况',
      '三、重点任务推进情况',
      '四、存在的问题',
      fifth,
      '附件',
    ]);
    expect(report.title).toContain(
      kind === 'annual'
        ? `${year}年度实施情况监测报告`
        : kind === 'midterm'
          ? '中期评估报告'
          : '总结评估报告',
    );
  });

  it('should refuse a final report before the plan target year, saying why', () => {
    const r = draftReport(exampleInput({ kind: 'final', year: 2023 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('FINAL_BEFORE_TARGET_YEAR');
    expect(r.message).toContain('2025');
    expect(r.message).toContain('年度监测报告或中期评估报告');
  });

  it('should refuse a year outside the plan period', () => {
    const r = draftReport(exampleInput({ kind: 'annual', year: 2019 }));
    expect(r.ok || r.code).toBe('YEAR_OUTSIDE_PERIOD');
  });

  it('should state the time share and the summary counts in 一、总体情况', () => {
    const input = exampleInput({ kind: 'annual', year: 2023 });
    const report = draft({ kind: 'annual', year: 2023 });
    const text = report.sections[0]!.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('');
    expect(text).toContain('时间进度为60%（3/5）');
    expect(text).toContain(input.summary.sentence);
    expect(input.summary.form).toBe('midterm');
  });

  it('should keep a row per indicator with its status and its figures sourced', () => {
    const input = exampleInput({ kind: 'annual', year: 2023 });
    const report = draft({ kind: 'annual', year: 2023 });
    const table = report.sections[1]!.blocks.find((b) => b.id === INDICATOR_TABLE_ID);
    if (table?.type !== 'table') throw new Error('no indicator table');
    const rows = table.rows.flatMap((r) => (r.kind === 'data' ? [r.cells] : []));
    expect(rows).toHaveLength(input.indicators.length);
    for (const [k, i] of input.indicators.entries()) {
      const latest = rows[k]![6]!;
      if (i.latest) expect(latest.source).toEqual(i.latest);
      if (!i.latest && !i.latestPct) expect(latest.text).toBe('暂无数据');
    }
    const sourced = rows.flatMap((r) => r.flatMap((c) => (c.source ? [c.source] : [])));
    expect(sourced.length).toBeGreaterThan(0);
    for (const s of sourced) expect(['approved', 'recorded', 'computed']).toContain(s.approval);
  });

  it('should use the final form of the summary in the target year', () => {
    const input = exampleInput({ kind: 'final', year: 2025, dataUntil: 2024 });
    expect(input.summary.form).toBe('final');
    if (input.summary.form !== 'final') return;
    const s = input.summary;
    expect(s.achieved + s.nearlyAchieved + s.notAchieved + s.pending + s.notAssessable).toBe(s.total);
    expect(s.pending).toBeGreaterThan(0);
    expect(s.sentence).toContain('尚无终期数据');
  });
});

describe('editing and regenerating', () => {
  it('should keep an edited paragraph and refresh the tables when the data changes', () => {
    const before = draft({ kind: 'annual', year: 2023 });
    const edited = editParagraph(before, 'overall-time', '经研究，规划实施总体平稳。');
    if (!edited.ok) throw new Error(edited.message);
    const later = draft({ kind: 'annual', year: 2023, dataUntil: 2023, draftedOn: '2024-06-30' });
    const merged = regenerateReport(edited.report, later);
    const overall = merged.sections[0]!.blocks[0]!;
    expect(overall.type === 'paragraph' && overall.text).toBe('经研究，规划实施总体平稳。');
    expect(merged.date).toBe('2024-06-30');
    expect(merged.sections[5]!.blocks).toEqual(later.sections[5]!.blocks);
  });

  it('should keep an edited paragraph whose anchor left the fresh draft', () => {
    const before = draft({ kind: 'annual', year: 2023 });
    const edited = editParagraph(before, 'problems-warnings', '预警已整改。');
    if (!edited.ok) throw new Error(edited.message);
    const fresh = {
      ...before,
      sections: before.sections.map((s) => ({
        ...s,
        blocks: s.blocks.filter((b) => b.id !== 'problems-warnings'),
      })),
    };
    const merged = regenerateReport(edited.report, fresh);
    expect(merged.sections[3]!.blocks.some((b) => b.type === 'paragraph' && b.text === '预警已整改。')).toBe(
      true,
    );
  });

  it('should refuse to edit a table or an unknown block', () => {
    const report = draft({ kind: 'annual', year: 2023 });
    expect(editParagraph(report, INDICATOR_TABLE_ID, 'x')).toMatchObject({ ok: false, code: 'NOT_EDITABLE' });
    expect(editParagraph(report, 'nope', 'x')).toMatchObject({ ok: false, code: 'BLOCK_NOT_FOUND' });
  });
});
