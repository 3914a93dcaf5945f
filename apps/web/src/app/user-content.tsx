/**
 * Text that people or the plan wrote (names, plan titles and text, report text), marked in the DOM with
 * `data-user-content`: the interface-language test skips it, since it is not the app's own wording.
 */
import type { ReactNode } from 'react';

export const userText = (v: ReactNode) => <span data-user-content>{v}</span>;
