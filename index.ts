// trustlint with the trust-policy pack: the default instance the CLI, the extension and the tests use.
// The engine itself (core/) knows no domain; this file binds it to the pack in rules/.
import { createEngine } from './core/index.ts';
import { trustPolicyPack } from './rules/pack.ts';

export * from './core/index.ts';
export { CATEGORIES, CATEGORY_IDS, CATEGORY_LABELS } from './rules/categories.ts';
export { DOCUMENT_KINDS, DOCUMENT_KIND_META, type TrustDocumentKind } from './rules/document-kind.ts';
export { trustPolicyPack };

/** The engine bound to the trust-policy pack. */
export const trustlint = createEngine({ pack: trustPolicyPack });

export const { rules, ruleMeta, categories, kinds, lint, createSession, resolveConfig } = trustlint;
