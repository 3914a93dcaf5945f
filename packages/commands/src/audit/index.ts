/** The audit trail: reading it page by page (verification and anchors: ../audit-anchor.ts). */
export * from './list-audit.ts';
