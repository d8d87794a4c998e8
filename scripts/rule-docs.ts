// Writes rules/docs/<id>.md for every rule from its meta, docs and examples, and the same as data for the
// extension's pages (rules/generated/*.json): `npm run docs`. test/rules/docs.test.ts fails when one is out of date.
import { writeFileSync } from 'node:fs';
import { renderRuleData, renderRuleDoc } from '../rules/docs.ts';
import { rules } from '../rules/index.ts';

for (const rule of rules) {
  writeFileSync(new URL(`../${rule.meta.url}`, import.meta.url), renderRuleDoc(rule));
}
const data = renderRuleData(rules);
writeFileSync(new URL('../rules/generated/rule-meta.json', import.meta.url), data.meta);
writeFileSync(new URL('../rules/generated/rule-docs.json', import.meta.url), data.docs);
console.log(`wrote ${rules.length} rule pages and their data`);
