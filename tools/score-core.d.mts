// Types of score-core.mjs for the TypeScript callers (tests, scripts).
export interface FacetScore {
  readonly name: string;
  readonly gold: number;
  readonly found: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f: number;
  readonly beta: number;
}
export function scoreDraft(gold: unknown, out: unknown): { facets: FacetScore[]; score: number };
export function formatFacet(f: FacetScore): string;
