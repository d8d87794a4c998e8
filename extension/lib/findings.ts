// Turns the engine's messages into the extension's findings.
import { toJSON, type LintResult } from '../../core/index.ts';
import type { Finding } from './messages.ts';
import { categoryLabels } from './categories.ts';

/** Ignoring is by rule and flagged words, so the choice survives edits elsewhere in the document. */
function fingerprintOf(ruleId: string, actual: string): string {
  return `${ruleId}|${actual.trim().toLowerCase()}`;
}

export function findingsOf(result: LintResult): Finding[] {
  return result.messages.map((message) => {
    // The sources are the rule's, the same for every finding: the rule page and the reports look them up.
    const { citations: _citations, ...json } = toJSON(message);
    return { ...json, id: `${json.ruleId}:${json.start.offset}:${json.end.offset}`, fingerprint: fingerprintOf(json.ruleId, json.actual), categoryLabel: categoryLabels[json.category] };
  });
}
