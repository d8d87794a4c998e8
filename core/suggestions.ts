import type { Suggestion } from './types.ts';

/** What applying needs of a suggestion: the range it replaces and its text (an editor's Apply has no more). */
export type TextEdit = Pick<Suggestion, 'range' | 'text'>;

export interface AppliedSuggestions<S extends TextEdit = Suggestion> {
  text: string;
  /** In text order (the redline relies on it). */
  applied: S[];
  /** Suggestions that overlap an earlier one or fall outside the text: never merged or guessed. */
  skipped: S[];
}

/** Applies non-overlapping suggestions; text outside their ranges is left byte for byte. */
export function applySuggestions<S extends TextEdit = Suggestion>(text: string, suggestions: readonly S[]): AppliedSuggestions<S> {
  const ordered = [...suggestions].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: S[] = [];
  const skipped: S[] = [];
  let cursor = 0;
  let output = '';
  for (const suggestion of ordered) {
    const [start, end] = suggestion.range;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= cursor && end >= start && end <= text.length;
    // Insertions at one point are all kept, in order; a range overlapping an applied one is skipped.
    if (!valid) {
      skipped.push(suggestion);
      continue;
    }
    output += text.slice(cursor, start) + suggestion.text;
    cursor = end;
    applied.push(suggestion);
  }
  return { text: output + text.slice(cursor), applied, skipped };
}
