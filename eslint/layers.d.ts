// Types of eslint/layers.js for the TypeScript test beside it.
export interface Layer {
  readonly name: string;
  readonly dir: string;
  readonly may: readonly string[];
  readonly testsMay?: readonly string[];
  readonly forbid?: readonly string[];
  readonly pure?: boolean;
  readonly browser?: boolean;
  readonly notBundled?: readonly string[];
}
export const ROOT: string;
export const LAYERS: readonly Layer[];
export function packageOf(path: string): string;
export function layerViolation(file: string, source: string): string | null;
