// What a rule pack hands the engine: the engine knows no domain, the pack knows what to look for.
import type { ClauseVocabulary } from './analysis/clause.ts';
import type { Rule, RuleMeta } from './rules/api.ts';

export interface CategoryMeta {
  id: string;
  /** The name reports show for the category. */
  label: string;
}

export interface Pack {
  /** Every rule, in the order they run. */
  rules: readonly Rule[];
  /** The categories rules belong to, in the order reports list them. */
  categories: readonly CategoryMeta[];
  /** The pack's words the clause reader needs (verbs that open instructions, narrow exceptions, law citations). */
  clause?: ClauseVocabulary;
}

/** What reporters need to know about a pack, as data (ESLint formatters receive `rulesMeta` the same way). */
export interface PackMeta {
  rules: readonly RuleMeta[];
  categories: readonly CategoryMeta[];
}

export function packMeta(pack: Pack): PackMeta {
  return { rules: pack.rules.map((rule) => rule.meta), categories: pack.categories };
}
