/** The plan system (规划体系): governments by division code, plan types and relations, links, quotas, revisions, consistency. */
export * from './division.ts';
export * from './plan-type.ts';
export * from './target-in-force.ts';
export * from './link-suggestion.ts';
export * from './resolve-linked.ts';
export * from './consistency.ts';
export * from './access.ts';
