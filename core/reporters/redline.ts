// Redlines: the draft with suggestions applied, shown as kept / inserted / deleted runs.
// Built from the applied suggestions themselves (exact and linear in the draft's length); `diff`
// only refines each replaced range word by word, so a whole-sentence rewrite shows just what changed.
import { createTwoFilesPatch, diffWordsWithSpace, type ChangeObject } from 'diff';
import { applySuggestions } from '../suggestions.ts';
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
  const parts: RedlinePart[] = [];
  let position = 0;
  // applySuggestions sorts before applying, so `applied` is already in text order.
  for (const suggestion of result.applied) {
    const [start, end] = suggestion.range;
    push(parts, 'same', text.slice(position, start));
    for (const part of wordChanges(text.slice(start, end), suggestion.text)) push(parts, part.kind, part.text);
    position = end;
  }
  push(parts, 'same', text.slice(position));
  return { text: result.text, parts, applied: result.applied, skipped: result.skipped };
}

/** A unified diff of one file, as `git diff` / `patch` read it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
}

/**
 * A word diff that reads like a redline: one deletion and one insertion per changed run. `diffWordsWithSpace`
 * keeps every character (plain `diffWords` can drop whitespace), but splits "may" → "shall not" into
 * pieces around the space; spaces between changes join the run, and whitespace both sides share moves out.
 */
export function wordChanges(before: string, after: string): RedlinePart[] {
  const changes = diffWordsWithSpace(before, after);
  const parts: RedlinePart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    const lead = sharedWhitespace(deleted, inserted, false);
    const trail = sharedWhitespace(deleted.slice(lead), inserted.slice(lead), true);
    push(parts, 'same', deleted.slice(0, lead));
    push(parts, 'del', deleted.slice(lead, deleted.length - trail));
    push(parts, 'ins', inserted.slice(lead, inserted.length - trail));
    push(parts, 'same', deleted.slice(deleted.length - trail));
    deleted = inserted = '';
  };
  changes.forEach((change: ChangeObject<string>, index) => {
    if (change.removed) deleted += change.value;
    else if (change.added) inserted += change.value;
    else if ((deleted || inserted) && /^\s+$/.test(change.value) && index + 1 < changes.length) {
      deleted += change.value;
      inserted += change.value;
    } else {
      flush();
      push(parts, 'same', change.value);
    }
  });
  flush();
  return parts;
}

/** How many whitespace characters both strings start with (or end with). */
function sharedWhitespace(a: string, b: string, atEnd: boolean): number {
  let length = 0;
  for (;;) {
    const x = atEnd ? a[a.length - 1 - length] : a[length];
    const y = atEnd ? b[b.length - 1 - length] : b[length];
    if (x === undefined || x !== y || !/\s/.test(x)) return length;
    length++;
  }
}

function push(parts: RedlinePart[], kind: RedlinePart['kind'], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
