/**
 * Evaluation reports (issue 14, docs/reports.md) as the API sends them: the report model (sections of blocks,
 * every figure with its source), the staff's report with comments and frozen versions, and the public's
 * published versions. The model's fields are all declared: the API's serialiser sends declared fields only.
 */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ReportKindJson = Type.Union([
  Type.Literal('annual'),
  Type.Literal('midterm'),
  Type.Literal('final'),
]);
export type ReportKindJson = Static<typeof ReportKindJson>;

/**
 * The report model's unions (block types, table rows) are typed precisely for TypeScript but sent with a flat
 * schema (every variant's fields optional): the API's serialiser checks each `anyOf` branch with a validator,
 * which cost about a second per route on first use and 4× JSON.stringify after, for a national-size report.
 */
const wire = <T>(schema: Parameters<typeof Type.Unsafe>[0]) => Type.Unsafe<T>(schema);
const StringOrNull = wire<string | null>({ type: ['string', 'null'] });

const SourcedValueType = Type.Object({
  value: Type.Number(),
  year: Type.Integer(),
  unit: Nullable(Type.String()),
  approval: Type.Union([Type.Literal('approved'), Type.Literal('recorded'), Type.Literal('computed')]),
  sourceId: Type.String(),
  measure: Type.Union([Type.Literal('level'), Type.Literal('pct')]),
});
export type SourcedValueJson = Static<typeof SourcedValueType>;
export const SourcedValueJson = wire<SourcedValueJson>(
  Type.Object({
    value: Type.Number(),
    year: Type.Integer(),
    unit: StringOrNull,
    /** approved, recorded or computed. */
    approval: Type.String(),
    sourceId: Type.String(),
    /** level or pct. */
    measure: Type.String(),
  }),
);

const CellType = Type.Object({ text: Type.String(), source: Type.Optional(SourcedValueType) });
const ReportTableRowType = Type.Union([
  Type.Object({ kind: Type.Literal('group'), text: Type.String() }),
  Type.Object({ kind: Type.Literal('data'), cells: Type.Array(CellType) }),
]);
export type ReportTableRowJson = Static<typeof ReportTableRowType>;
export const ReportTableRowJson = wire<ReportTableRowJson>(
  Type.Object({
    /** group (a category line: text) or data (cells). */
    kind: Type.String(),
    text: Type.Optional(Type.String()),
    cells: Type.Optional(
      Type.Array(Type.Object({ text: Type.String(), source: Type.Optional(SourcedValueJson) })),
    ),
  }),
);

const ReportBlockType = Type.Union([
  Type.Object({
    type: Type.Literal('heading'),
    id: Type.String(),
    level: Type.Union([Type.Literal(2), Type.Literal(3)]),
    text: Type.String(),
  }),
  Type.Object({
    type: Type.Literal('paragraph'),
    id: Type.String(),
    text: Type.String(),
    sources: Type.Array(SourcedValueType),
    edited: Type.Optional(Type.Boolean()),
  }),
  Type.Object({
    type: Type.Literal('table'),
    id: Type.String(),
    title: Type.String(),
    columns: Type.Array(Type.String()),
    widths: Type.Array(Type.Number()),
    rows: Type.Array(ReportTableRowType),
  }),
]);
export type ReportBlockJson = Static<typeof ReportBlockType>;
export const ReportBlockJson = wire<ReportBlockJson>(
  Type.Object({
    /** heading (level, text), paragraph (text, sources, edited) or table (title, columns, widths, rows). */
    type: Type.String(),
    id: Type.String(),
    level: Type.Optional(Type.Integer()),
    text: Type.Optional(Type.String()),
    sources: Type.Optional(Type.Array(SourcedValueJson)),
    edited: Type.Optional(Type.Boolean()),
    title: Type.Optional(Type.String()),
    columns: Type.Optional(Type.Array(Type.String())),
    widths: Type.Optional(Type.Array(Type.Number())),
    rows: Type.Optional(Type.Array(ReportTableRowJson)),
  }),
);

/** The report model precisely (unions kept): the type of the content; `ReportContentJson` is what is sent. */
export const ReportContentType = Type.Object({
  kind: ReportKindJson,
  year: Type.Integer(),
  planId: Type.String(),
  title: Type.String(),
  issuer: Nullable(Type.String()),
  date: Type.String(),
  preamble: Type.String(),
  sections: Type.Array(
    Type.Object({
      id: Type.Union([
        Type.Literal('overall'),
        Type.Literal('indicators'),
        Type.Literal('tasks'),
        Type.Literal('problems'),
        Type.Literal('suggestions'),
        Type.Literal('annex'),
      ]),
      heading: Type.String(),
      blocks: Type.Array(ReportBlockType),
    }),
  ),
  brief: Type.Object({
    title: Type.String(),
    headline: Type.String(),
    figures: Type.Array(Type.Object({ label: Type.String(), value: Type.String() })),
    attention: Type.Array(Type.String()),
    suggestions: Type.Array(Type.String()),
  }),
});
export type ReportContentJson = Static<typeof ReportContentType>;
export const ReportContentJson = wire<ReportContentJson>(
  Type.Object({
    kind: Type.String(),
    year: Type.Integer(),
    planId: Type.String(),
    title: Type.String(),
    issuer: StringOrNull,
    date: Type.String(),
    preamble: Type.String(),
    sections: Type.Array(
      Type.Object({
        id: Type.String(),
        heading: Type.String(),
        blocks: Type.Array(ReportBlockJson),
      }),
    ),
    brief: Type.Object({
      title: Type.String(),
      headline: Type.String(),
      figures: Type.Array(Type.Object({ label: Type.String(), value: Type.String() })),
      attention: Type.Array(Type.String()),
      suggestions: Type.Array(Type.String()),
    }),
  }),
);

export const EvaluationReportStatusJson = Type.Union([
  Type.Literal('draft'),
  Type.Literal('submitted'),
  Type.Literal('approved'),
]);

export const EvaluationReportHeadJson = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  kind: ReportKindJson,
  year: Type.Integer(),
  status: EvaluationReportStatusJson,
  /** The number of the latest approved version; 0 before the first approval. */
  frozenVersion: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type EvaluationReportHeadJson = Static<typeof EvaluationReportHeadJson>;

export const EvaluationReportListJson = Type.Object({ reports: Type.Array(EvaluationReportHeadJson) });
export type EvaluationReportListJson = Static<typeof EvaluationReportListJson>;

export const EvaluationReportCommentJson = Type.Object({
  id: Type.String(),
  blockId: Nullable(Type.String()),
  author: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
});
export type EvaluationReportCommentJson = Static<typeof EvaluationReportCommentJson>;

export const EvaluationReportVersionJson = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  approvedAt: Type.String(),
  publishedAt: Nullable(Type.String()),
});
export type EvaluationReportVersionJson = Static<typeof EvaluationReportVersionJson>;

export const EvaluationReportDetailJson = Type.Object({
  ...EvaluationReportHeadJson.properties,
  content: ReportContentJson,
  comments: Type.Array(EvaluationReportCommentJson),
  versions: Type.Array(EvaluationReportVersionJson),
});
export type EvaluationReportDetailJson = Static<typeof EvaluationReportDetailJson>;

export const PublishedReportHeadJson = Type.Object({
  reportId: Type.String(),
  number: Type.Integer(),
  kind: ReportKindJson,
  year: Type.Integer(),
  publishedAt: Type.String(),
});
export type PublishedReportHeadJson = Static<typeof PublishedReportHeadJson>;

export const PublishedReportListJson = Type.Object({ reports: Type.Array(PublishedReportHeadJson) });
export type PublishedReportListJson = Static<typeof PublishedReportListJson>;

export const PublishedReportJson = Type.Object({
  number: Type.Integer(),
  publishedAt: Type.String(),
  content: ReportContentJson,
});
export type PublishedReportJson = Static<typeof PublishedReportJson>;

/** A downloaded file (.docx, .xlsx): bytes, not JSON. */
export const FileJson = Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' });
