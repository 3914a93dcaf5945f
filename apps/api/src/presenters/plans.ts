/** Plans as the API shows them: camelCase, only what a client needs, in the shapes of @gangmu/contract. */
import type { ImportPlanResult } from '@gangmu/commands';
import type { ImportedPlanJson } from '@gangmu/contract';

export const presentImportedPlan = (r: ImportPlanResult): ImportedPlanJson => ({
  id: r.id,
  title: r.title,
  counts: r.counts,
  diagnostics: r.diagnostics.map((d) => ({ ...d, params: { ...d.params } })),
});
