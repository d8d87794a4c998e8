import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { rules } from '../../index.ts';
import { CATEGORY_IDS } from '../../rules/categories.ts';
import { testPack, testRule } from './rule-tester.ts';

for (const rule of rules) testRule(rule);
testPack();

describe('rule pack', () => {
  it('gives every rule a unique id, a known category, a description and a doc page', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(CATEGORY_IDS).toContain(rule.meta.category);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.url).toBe(`rules/docs/${rule.meta.id}.md`);
      expect(existsSync(new URL(`../../${rule.meta.url}`, import.meta.url)), `${rule.meta.url} exists`).toBe(true);
    }
  });
});
