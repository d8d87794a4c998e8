import type { Pack } from '../core/pack.ts';
import { CATEGORIES } from './categories.ts';
import { CLAUSE_VOCABULARY } from './clause-vocabulary.ts';
import { documentKinds } from './document-kind.ts';
import { rules } from './index.ts';

/** The trust-policy pack: its rules, categories, document kinds and the words its clause reading needs. */
export const trustPolicyPack: Pack = { rules, categories: CATEGORIES, clause: CLAUSE_VOCABULARY, kinds: documentKinds };
