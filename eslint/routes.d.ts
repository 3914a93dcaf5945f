// Types of eslint/routes.js for the TypeScript test beside it.
export const MAX_HANDLER_LINES: number;
export const routesPlugin: { readonly rules: Record<string, unknown> };
export function routeConfigs(): object[];
