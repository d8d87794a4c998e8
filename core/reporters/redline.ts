// Redlines: the draft with suggestions applied, shown as kept / inserted / deleted runs.
// Built from the applied suggestions themselves (exact and linear in the draft's length); `diff`
// only refines each replaced range word by word, so a whole-sentence rewrite shows just what changed.
import { createTwoFilesPatch, diffWords } from 'diff';
import { applySuggestions } from '../index.ts';
import type { FindingJSON, Suggestion } from '../types.ts';

export interface RedlinePart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export interface Redline {
  /** The draft with the suggestions applied. */
  text: string;
  parts: RedlinePart[];
  applied: Suggestion[];
  /** Suggestions left out because they overlap one applied before them. */
  skipped: Suggestion[];
}

/** The suggestion a fix applies for each finding: its first one. */
export function preferredSuggestions(findings: FindingJSON[]): Suggestion[] {
  return findings.flatMap((finding) => finding.suggestions.slice(0, 1));
}

export function redline(text: string, suggestions: Suggestion[]): Redline {
  const result = applySuggestions(text, suggestions);
  const applied = [...result.applied].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: RedlinePart[] = [];
  let position = 0;
  for (const suggestion of applied) {
    const [start, end] = suggestion.range;
    push(parts, 'same', text.slice(position, start));
    for (const change of diffWords(text.slice(start, end), suggestion.text)) {
      push(parts, change.added ? 'ins' : change.removed ? 'del' : 'same', change.value);
    }
    position = end;
  }
  push(parts, 'same', text.slice(position));
  return { text: result.text, parts, applied: result.applied, skipped: result.skipped };
}

/** A unified diff of one file, as `git diff` / `patch` read it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
}

function push(parts: RedlinePart[], kind: RedlinePart['kind'], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
