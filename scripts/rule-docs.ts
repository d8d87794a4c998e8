// Writes rules/docs/<id>.md for every rule from its meta, docs and examples: `npm run docs`.
// test/rules/docs.test.ts fails when a page is out of date.
import { writeFileSync } from 'node:fs';
import { renderRuleDoc } from '../rules/docs.ts';
import { rules } from '../rules/index.ts';

for (const rule of rules) {
  writeFileSync(new URL(`../${rule.meta.url}`, import.meta.url), renderRuleDoc(rule));
}
console.log(`wrote ${rules.length} rule pages`);
