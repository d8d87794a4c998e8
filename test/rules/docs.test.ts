import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from '../../index.ts';
import { renderRuleData, renderRuleDoc } from '../../rules/docs.ts';

it.each(rules.map((rule) => [rule.meta.id, rule] as const))('rules/docs/%s.md is up to date (npm run docs)', (_id, rule) => {
  const page = readFileSync(new URL(`../../${rule.meta.url}`, import.meta.url), 'utf8');
  expect(page).toBe(renderRuleDoc(rule));
});

it.each(['meta', 'docs'] as const)('rules/generated/rule-%s.json is up to date (npm run docs)', (part) => {
  const data = readFileSync(new URL(`../../rules/generated/rule-${part}.json`, import.meta.url), 'utf8');
  expect(data).toBe(renderRuleData(rules)[part]);
});
