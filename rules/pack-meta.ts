// The pack's rule metadata as data, generated from the rule modules (`npm run docs`): for the extension's
// pages, which must not load the engine (test/extension/page-weight.test.ts). The engine side uses core's ruleMeta.
import type { RuleMeta } from '../core/rules/api.ts';
import meta from './generated/rule-meta.json';

export const ruleMeta: readonly RuleMeta[] = meta as unknown as RuleMeta[];
