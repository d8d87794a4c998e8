// Turns the engine's messages into the extension's findings.
import { toJSON, type LintResult } from '../../index.ts';
import type { Finding } from './messages.ts';
import { categoryLabels } from './categories.ts';

/** Ignoring is by rule and flagged words, so the choice survives edits elsewhere in the document. */
function fingerprintOf(ruleId: string, actual: string): string {
  return `${ruleId}|${actual.trim().toLowerCase()}`;
}

export function findingsOf(result: LintResult): Finding[] {
  const repeats = new Map<string, number>();
  return result.messages.map((message) => {
    // The sources are the rule's, the same for every finding: the rule page and the reports look them up.
    const { citations: _citations, ...json } = toJSON(message);
    const place = `${json.ruleId}:${json.start.offset}:${json.end.offset}`;
    // Ids must be unique (list keys, reveal): several missing provisions share one rule and one range.
    const repeat = repeats.get(place) ?? 0;
    repeats.set(place, repeat + 1);
    return {
      ...json,
      id: repeat === 0 ? place : `${place}:${repeat}`,
      fingerprint: fingerprintOf(json.ruleId, json.actual),
      categoryLabel: categoryLabels[json.category] ?? json.category,
    };
  });
}
