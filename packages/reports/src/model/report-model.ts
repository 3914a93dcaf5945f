/**
 * The report as data: ordered sections of blocks. Tables stay tables (rows of cells) so they can be regenerated
 * without touching edited prose; every drafted figure keeps its source.
 */
import type { ReportKind, SourcedValue } from './report-input.ts';

export type SectionId = 'overall' | 'indicators' | 'tasks' | 'problems' | 'suggestions' | 'annex';
export const SECTION_IDS: readonly SectionId[] = [
  'overall',
  'indicators',
  'tasks',
  'problems',
  'suggestions',
  'annex',
];

export interface Cell {
  readonly text: string;
  readonly source?: SourcedValue;
}

export type TableRow =
  | { readonly kind: 'group'; readonly text: string }
  | { readonly kind: 'data'; readonly cells: readonly Cell[] };

/** Block ids are stable across drafts of the same report, so an edit can be carried over a regeneration. */
export type Block =
  | { readonly type: 'heading'; readonly id: string; readonly level: 2 | 3; readonly text: string }
  | {
      readonly type: 'paragraph';
      readonly id: string;
      readonly text: string;
      readonly sources: readonly SourcedValue[];
      /** Set when a person changed the drafted text: regeneration keeps it. */
      readonly edited?: boolean;
    }
  | {
      readonly type: 'table';
      readonly id: string;
      readonly title: string;
      readonly columns: readonly string[];
      /** Relative column widths (any scale). */
      readonly widths: readonly number[];
      readonly rows: readonly TableRow[];
    };

export interface ReportSection {
  readonly id: SectionId;
  /** The numbered heading as printed: 一、总体情况 … 附件. */
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface ReportModel {
  readonly kind: ReportKind;
  readonly year: number;
  readonly planId: string;
  readonly title: string;
  /** The drafting office (落款), when known. */
  readonly issuer: string | null;
  /** YYYY-MM-DD */
  readonly date: string;
  /** Opening paragraph before 一、. */
  readonly preamble: string;
  readonly sections: readonly ReportSection[];
  /** The one-page brief's key lines, drafted with the report. */
  readonly brief: LeaderBrief;
}

export interface LeaderBrief {
  readonly title: string;
  readonly headline: string;
  readonly figures: readonly { readonly label: string; readonly value: string }[];
  readonly attention: readonly string[];
  readonly suggestions: readonly string[];
}
