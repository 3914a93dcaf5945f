/** Plans: what an import returns. */
import { Type, type Static } from 'typebox';
import { DiagnosticJson } from './diagnostics.ts';

export const ImportedPlanJson = Type.Object({
  id: Type.String(),
  title: Type.String(),
  counts: Type.Object({ chapters: Type.Number(), indicators: Type.Number(), projects: Type.Number() }),
  diagnostics: Type.Array(DiagnosticJson),
});
export type ImportedPlanJson = Static<typeof ImportedPlanJson>;
