// The plain-object form of a finding. Browser-safe and light: pages and reporters use it without the engine.
import type { FindingJSON, TrustlintMessage } from './types.ts';

/** The plain-object form of a finding (JSON output, extension messaging, storage). */
export function toJSON(message: TrustlintMessage): FindingJSON {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const start = place?.start ?? { line: message.line ?? 1, column: message.column ?? 1, offset: 0 };
  const end = place?.end ?? start;
  const finding: FindingJSON = {
    ruleId: message.ruleId ?? message.category,
    source: 'trustlint',
    category: message.category,
    severity: message.severity,
    reason: message.reason,
    line: start.line,
    column: start.column,
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    url: message.url ?? '',
    suggestions: message.suggestions,
    citations: message.citations,
  };
  if (message.note) finding.note = message.note;
  return finding;
}
