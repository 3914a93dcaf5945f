/** An importer's finding about a document, as the API sends it (see @gangmu/domain Diagnostic). */
import { Type, type Static } from 'typebox';

export const DiagnosticJson = Type.Object({
  code: Type.String(),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
  message: Type.String(),
  messageEn: Type.String(),
  line: Type.Number(),
  page: Type.Optional(Type.Number()),
  excerpt: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type DiagnosticJson = Static<typeof DiagnosticJson>;
