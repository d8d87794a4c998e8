// Each rule's documentation sections as data, generated from the rule modules (`npm run docs`): for the
// extension's rule page (Explain), which must not load the engine.
import type { DocSection } from './docs.ts';
import docs from './generated/rule-docs.json';

export const ruleDocs: Readonly<Record<string, DocSection[]>> = docs as unknown as Record<string, DocSection[]>;
