import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from '../../index.ts';
import { renderRuleDoc } from '../../rules/docs.ts';

it.each(rules.map((rule) => [rule.meta.id, rule] as const))('rules/docs/%s.md is up to date (npm run docs)', (_id, rule) => {
  const page = readFileSync(new URL(`../../${rule.meta.url}`, import.meta.url), 'utf8');
  expect(page).toBe(renderRuleDoc(rule));
});
