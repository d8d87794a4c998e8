import type { Rule } from '../core/rules/api.ts';
import inclusiveLanguage from './inclusive-language.ts';
import statusInquiry from './status-inquiry.ts';

/** Every rule in the pack, in the order they run. */
export const rules: readonly Rule[] = [statusInquiry, inclusiveLanguage];
