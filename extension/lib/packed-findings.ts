// Findings as they travel between the engine worker, the service worker, pages and the panel. Most of a finding's
// text is its rule's (the message, the model clause, the category's name, the doc path): repeated in every finding,
// it made 377 kB of JSON for the 336 findings of a 25k-word draft, copied at each hop. An answer carries each rule's
// texts once, in a table, and each finding names its rule by place in that table, with only what differs from it.
// The table travels in every answer rather than once per session: any context in the path may restart (the
// service worker, the offscreen document, a content script) and a cache on the far side would then disagree.
// Light: content scripts use it, so it imports no engine.
import type { MessageCategory, Point, Severity, Suggestion } from '../../core/types.ts';
import type { Finding } from './messages.ts';

/** A rule's texts, as its findings in one answer share them (the first finding's; the others carry what differs). */
export interface RuleTexts {
  ruleId: string;
  category: MessageCategory;
  categoryLabel: string;
  url: string;
  reason: string;
  expected: string[];
  note?: string;
}

type PackedPoint = [line: number, column: number, offset: number];

/** A finding as sent: its rule's place in the table, and its own texts only where they differ from the rule's. */
export interface PackedFinding {
  rule: number;
  severity: Severity;
  start: PackedPoint;
  end: PackedPoint;
  actual: string;
  suggestions: Suggestion[];
  reason?: string;
  expected?: string[];
  /** null: this finding has no note, though its rule's texts have one. */
  note?: string | null;
}

export interface PackedFindings {
  rules: RuleTexts[];
  findings: PackedFinding[];
}

/** Ignoring is by rule and flagged words, so the choice survives edits elsewhere in the document. */
export function fingerprintOf(ruleId: string, actual: string): string {
  return `${ruleId}|${actual.trim().toLowerCase()}`;
}

/** Ids are the rule and the range, unique within an answer (list keys, reveal): several missing provisions share one. */
export function idsFor(findings: Array<{ ruleId: string; start: Point; end: Point }>): string[] {
  const repeats = new Map<string, number>();
  return findings.map(({ ruleId, start, end }) => {
    const place = `${ruleId}:${start.offset}:${end.offset}`;
    const repeat = repeats.get(place) ?? 0;
    repeats.set(place, repeat + 1);
    return repeat === 0 ? place : `${place}:${repeat}`;
  });
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const packPoint = ({ line, column, offset }: Point): PackedPoint => [line, column, offset];

export function packFindings(findings: Finding[]): PackedFindings {
  const rules: RuleTexts[] = [];
  const places = new Map<string, number>();
  const packed = findings.map((finding): PackedFinding => {
    let place = places.get(finding.ruleId);
    if (place === undefined) {
      place = rules.length;
      places.set(finding.ruleId, place);
      const { ruleId, category, categoryLabel, url, reason, expected, note } = finding;
      rules.push({ ruleId, category, categoryLabel, url, reason, expected, ...(note === undefined ? {} : { note }) });
    }
    const rule = rules[place]!;
    return {
      rule: place,
      severity: finding.severity,
      start: packPoint(finding.start),
      end: packPoint(finding.end),
      actual: finding.actual,
      suggestions: finding.suggestions,
      ...(finding.reason === rule.reason ? {} : { reason: finding.reason }),
      ...(sameList(finding.expected, rule.expected) ? {} : { expected: finding.expected }),
      ...(finding.note === rule.note ? {} : { note: finding.note ?? null }),
    };
  });
  return { rules, findings: packed };
}

// What unpacking accepts: every field checked, so a malformed answer is refused whole rather than shown in part.
const maxTextChars = 100_000;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= maxTextChars;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isSeverity = (value: unknown): value is Severity => value === 'error' || value === 'warning' || value === 'info';
const isPoint = (value: unknown): value is PackedPoint => Array.isArray(value) && value.length === 3 && value.every(isCount);
const isSuggestion = (value: unknown): value is Suggestion =>
  isObject(value) &&
  isText(value.title) &&
  isText(value.text) &&
  Array.isArray(value.range) &&
  value.range.length === 2 &&
  value.range.every(isCount) &&
  (value.insertion === undefined || typeof value.insertion === 'boolean');

function ruleTexts(value: unknown): RuleTexts | undefined {
  if (!isObject(value)) return undefined;
  const { ruleId, category, categoryLabel, url, reason, expected, note } = value;
  if (![ruleId, category, categoryLabel, url, reason].every(isText) || !isTexts(expected)) return undefined;
  if (note !== undefined && !isText(note)) return undefined;
  return value as unknown as RuleTexts;
}

const point = ([line, column, offset]: PackedPoint): Point => ({ line, column, offset });

/**
 * Packed findings as one JSON string, as they cross runtime messages: each hop then copies one string instead of
 * converting every field of a few hundred findings (profiled: tens of milliseconds per hop on a 25k-word draft).
 */
export const packFindingsJSON = (findings: Finding[]): string => JSON.stringify(packFindings(findings));

/** The findings of a packed JSON string, checked as `unpackFindings` checks them; undefined when malformed. */
export function unpackFindingsJSON(json: unknown): Finding[] | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    return unpackFindings(JSON.parse(json));
  } catch {
    return undefined;
  }
}

/** The findings of an answer, rebuilt and checked; undefined when anything in it is malformed. */
export function unpackFindings(value: unknown): Finding[] | undefined {
  if (!isObject(value) || !Array.isArray(value.rules) || !Array.isArray(value.findings)) return undefined;
  const rules = value.rules.map(ruleTexts);
  if (!rules.every((rule): rule is RuleTexts => rule !== undefined)) return undefined;
  const findings: Array<Omit<Finding, 'id' | 'fingerprint'>> = [];
  for (const packed of value.findings as unknown[]) {
    if (!isObject(packed) || !isCount(packed.rule) || !isSeverity(packed.severity)) return undefined;
    const rule = rules[packed.rule];
    const { start, end, actual, suggestions, reason, expected, note } = packed;
    if (!rule || !isPoint(start) || !isPoint(end) || !isText(actual) || !Array.isArray(suggestions) || !suggestions.every(isSuggestion))
      return undefined;
    if ((reason !== undefined && !isText(reason)) || (expected !== undefined && !isTexts(expected))) return undefined;
    if (note !== undefined && note !== null && !isText(note)) return undefined;
    const ownNote = note === undefined ? rule.note : (note ?? undefined);
    findings.push({
      ruleId: rule.ruleId,
      source: 'trustlint',
      category: rule.category,
      categoryLabel: rule.categoryLabel,
      severity: packed.severity,
      reason: reason ?? rule.reason,
      line: start[0],
      column: start[1],
      start: point(start),
      end: point(end),
      actual,
      expected: expected ?? rule.expected,
      url: rule.url,
      suggestions,
      ...(ownNote === undefined ? {} : { note: ownNote }),
    });
  }
  const ids = idsFor(findings);
  return findings.map((finding, index) => ({ ...finding, id: ids[index]!, fingerprint: fingerprintOf(finding.ruleId, finding.actual) }));
}
