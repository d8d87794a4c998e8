import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { lint } from '../../index.ts';

/** Sentences written apart from the corpus for the rules-b categories (same format as the corpus). */
interface Labelled {
  id: string;
  label: 'violation' | 'compliant';
  categories: string[];
  text: string;
}

const RULES = new Set(['status-threat', 'certification-barrier', 'language-access', 'dehumanizing-term', 'weak-protection']);
const sentences: Labelled[] = readFileSync(new URL('../fixtures/heldout-b/sentences.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Labelled);

it.each(sentences.map((sentence) => [sentence.id, sentence] as const))('%s', async (_id, sentence) => {
  const result = await lint(sentence.text, { kind: 'general-order' });
  const found = result.messages.filter((message) => RULES.has(message.ruleId ?? ''));
  if (sentence.label === 'compliant') expect(found.map((message) => message.actual)).toEqual([]);
  else expect(found.map((message) => message.category)).toEqual(expect.arrayContaining([expect.toBeOneOf(sentence.categories)]));
});
