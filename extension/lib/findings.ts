// Turns the engine's messages into the extension's findings.
import { toJSON, type LintResult } from '../../index.ts';
import type { Finding } from './messages.ts';
import { categoryLabels } from './categories.ts';
import { fingerprintOf, idsFor } from './packed-findings.ts';

export function findingsOf(result: LintResult): Finding[] {
  // The sources are the rule's, the same for every finding: the rule page and the reports look them up.
  const findings = result.messages.map((message) => {
    const { citations: _citations, ...json } = toJSON(message);
    return json;
  });
  const ids = idsFor(findings);
  return findings.map((json, index) => ({
    ...json,
    id: ids[index]!,
    fingerprint: fingerprintOf(json.ruleId, json.actual),
    categoryLabel: categoryLabels[json.category] ?? json.category,
  }));
}
