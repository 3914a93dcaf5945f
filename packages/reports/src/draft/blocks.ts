/** Small constructors for report blocks, shared by the section drafters. */
import type { SourcedValue } from '../model/report-input.ts';
import type { Block, Cell, TableRow } from '../model/report-model.ts';

export const paragraph = (id: string, text: string, sources: readonly SourcedValue[] = []): Block => ({
  type: 'paragraph',
  id,
  text,
  sources,
});

export const heading = (id: string, level: 2 | 3, text: string): Block => ({
  type: 'heading',
  id,
  level,
  text,
});

export const cell = (text: string, source?: SourcedValue): Cell => (source ? { text, source } : { text });

export const dataRow = (cells: readonly Cell[]): TableRow => ({ kind: 'data', cells });

/** Present values only: drops nulls so a paragraph lists the figures it actually quotes. */
export const sourcesOf = (...values: readonly (SourcedValue | null | undefined)[]): SourcedValue[] =>
  values.filter((v): v is SourcedValue => v !== null && v !== undefined);
