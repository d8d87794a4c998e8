// What a rule pack hands the engine: the engine knows no domain, the pack knows what to look for.
import type { ClauseVocabulary } from './analysis/clause.ts';
import type { BlockKind } from './document/model.ts';
import type { Rule, RuleMeta } from './rules/api.ts';
import type { DocumentKind } from './types.ts';

export interface CategoryMeta {
  id: string;
  /** The name reports show for the category. */
  label: string;
}

export interface DocumentKindMeta {
  id: DocumentKind;
  /** The name reports show ("general order"). */
  label: string;
}

/** A block of a draft as the kind decision reads it. */
export interface KindBlock {
  kind: BlockKind;
  text: string;
}

/** How a draft's kind was decided, and how plainly the draft shows it. */
export interface KindDecision {
  kind: DocumentKind;
  /** One line a reviewer can check: "the title names a bulletin (“Training Bulletin 14”)". */
  reason: string;
  /**
   * The user declared the kind, or the draft names or shows it plainly (its title, its sections, its voice).
   * Only then are a kind's model sections offered for insertion: a guess must not grow a bulletin into an order.
   */
  certain: boolean;
}

/** The kinds of document a pack tells apart (rules may apply to some only), and how it tells them apart. */
export interface DocumentKinds {
  /** In the order the CLI and settings list them. */
  list: readonly DocumentKindMeta[];
  /** A draft's kind from its blocks, when neither the user nor the config declared one. */
  decide(blocks: readonly KindBlock[]): KindDecision;
}

export interface Pack {
  /** Every rule, in the order they run. */
  rules: readonly Rule[];
  /** The categories rules belong to, in the order reports list them. */
  categories: readonly CategoryMeta[];
  /** The pack's words the clause reader needs (verbs that open instructions, narrow exceptions, law citations). */
  clause?: ClauseVocabulary;
  /** Kinds of document; a pack without them reads every draft as one kind, `document`. */
  kinds?: DocumentKinds;
}

/** What reporters need to know about a pack, as data (ESLint formatters receive `rulesMeta` the same way). */
export interface PackMeta {
  rules: readonly RuleMeta[];
  categories: readonly CategoryMeta[];
  /** The pack's document kinds; a report without them names a kind by its id. */
  kinds?: readonly DocumentKindMeta[];
}

export function packMeta(pack: Pack): PackMeta {
  return { rules: pack.rules.map((rule) => rule.meta), categories: pack.categories, kinds: pack.kinds?.list ?? [] };
}
